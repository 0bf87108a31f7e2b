package nl.routewijzer.bot.teams;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The Teams channel is on when an app id is configured, or when unauthenticated use is allowed explicitly for
 * the local Emulator. Without either, {@code /api/messages} does not exist.
 */
class TeamsChannelCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String appId = context.getEnvironment().getProperty("routewijzer.teams.app-id", "");
        boolean allowUnauthenticated = context.getEnvironment()
                .getProperty("routewijzer.teams.allow-unauthenticated", Boolean.class, false);
        return !appId.isBlank() || allowUnauthenticated;
    }
}
