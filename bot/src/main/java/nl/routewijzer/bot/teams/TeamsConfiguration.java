package nl.routewijzer.bot.teams;

import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.GovernmentChannelValidation;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.UiText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Wires the Teams channel when it is on (see {@link TeamsChannelCondition}). */
@Configuration(proxyBeanMethods = false)
@Conditional(TeamsChannelCondition.class)
class TeamsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);

    @Bean
    TeamsAdapter teamsAdapter(TeamsProperties properties, ObjectProvider<ConnectorCredentials> credentials,
                              UiText text) {
        if (properties.authenticated() && properties.appPassword().isEmpty()) {
            throw new IllegalStateException("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: "
                    + "the Teams channel could not sign its replies. Set both, or neither.");
        }
        if (!properties.authenticated()) {
            log.warn("Teams channel is on WITHOUT authentication (routewijzer.teams.allow-unauthenticated=true): "
                    + "for the local Bot Framework Emulator only, never on a reachable host");
        } else {
            log.info("Teams channel on at /api/messages for app id {} ({})", properties.appId().get(),
                    properties.tenantId().map(t -> "single-tenant " + t).orElse("multi-tenant"));
        }
        properties.openidMetadataUrl().ifPresent(url -> {
            // Process-wide in the SDK, like its own BotOpenIdMetadata setting.
            ChannelValidation.setOpenIdMetaDataUrl(url);
            GovernmentChannelValidation.setOpenIdMetaDataUrl(url);
            log.info("Teams channel reads signing keys from {}", url);
        });
        return new TeamsAdapter(properties,
                credentials.getIfAvailable(() -> ConnectorCredentials.microsoft(properties)), text);
    }

    @Bean
    TeamsBot teamsBot(ConversationService conversations, UiText text) {
        return new TeamsBot(conversations, new AdaptiveCardRenderer(text));
    }
}
