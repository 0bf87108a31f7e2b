package nl.routewijzer.bot.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * When the channel and each way of receiving updates are on. {@code @ConditionalOnProperty} cannot say this:
 * it treats a property that is present but empty (TELEGRAM_BOT_TOKEN unset, so {@code ${TELEGRAM_BOT_TOKEN:}})
 * as set.
 */
final class TelegramMode {

    private TelegramMode() {
    }

    private static boolean has(ConditionContext context, String property) {
        return StringUtils.hasText(context.getEnvironment().getProperty("routewijzer.telegram." + property));
    }

    /** A bot token is configured. */
    static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return has(context, "token");
        }
    }

    /** A token and a webhook URL: Telegram pushes updates to this bot's web server. */
    static final class Webhook implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return has(context, "token") && has(context, "webhook-url");
        }
    }

    /** A token and no webhook URL: this process fetches updates itself. */
    static final class LongPolling implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return has(context, "token") && !has(context, "webhook-url");
        }
    }
}
