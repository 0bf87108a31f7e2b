package nl.routewijzer.bot.teams;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Teams channel's settings. The app id, password and tenant come from the environment
 * ({@code MICROSOFT_APP_ID}, {@code MICROSOFT_APP_PASSWORD}, {@code MICROSOFT_APP_TENANT_ID}, mapped in
 * application.yaml), never from a committed file.
 *
 * @param appId                the Azure Bot's Microsoft App ID; empty: the channel is off
 * @param appPassword          its client secret, used to obtain the token for replies
 * @param tenantId             the tenant of a single-tenant bot; empty for a multi-tenant bot
 * @param allowUnauthenticated without an app id, accept unauthenticated requests (the local Bot Framework
 *                             Emulator only: anyone who can reach the endpoint can then make the bot post to any
 *                             serviceUrl)
 * @param openidMetadataUrl    where the signing keys of incoming tokens are read (sovereign clouds, tests);
 *                             empty: the public Bot Framework's
 */
@ConfigurationProperties("routewijzer.teams")
record TeamsProperties(Optional<String> appId, Optional<String> appPassword, Optional<String> tenantId,
                       @DefaultValue("false") boolean allowUnauthenticated, Optional<String> openidMetadataUrl) {

    TeamsProperties {
        appId = blankToEmpty(appId);
        appPassword = blankToEmpty(appPassword);
        tenantId = blankToEmpty(tenantId);
        openidMetadataUrl = blankToEmpty(openidMetadataUrl);
    }

    boolean authenticated() {
        return appId.isPresent();
    }

    /** Never prints the password, so that a logged or failed binding does not leak it. */
    @Override
    public String toString() {
        return "TeamsProperties[appId=" + appId.orElse("") + ", appPassword=" + appPassword.map(p -> "****").orElse("")
                + ", tenantId=" + tenantId.orElse("") + ", allowUnauthenticated=" + allowUnauthenticated
                + ", openidMetadataUrl=" + openidMetadataUrl.orElse("") + "]";
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
