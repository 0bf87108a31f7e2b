package nl.routewijzer.bot.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;

/**
 * Makes the credentials the bot signs its replies to the Bot Connector with. In production they get their
 * token from Microsoft Entra ID (MSAL): from the bot's own tenant for a single-tenant bot. Tests substitute
 * credentials with a fixed token, so that no token request leaves the machine.
 */
@FunctionalInterface
interface ConnectorCredentials {

    AppCredentials forScope(String appId, String scope);

    static ConnectorCredentials microsoft(TeamsProperties properties) {
        return (appId, scope) -> new MicrosoftAppCredentials(appId, properties.appPassword().orElse(""),
                properties.tenantId().orElse(null), scope);
    }
}
