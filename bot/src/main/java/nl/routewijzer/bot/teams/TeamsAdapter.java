package nl.routewijzer.bot.teams;

import static nl.routewijzer.bot.conversation.UiText.Key.TEAMS_TURN_FAILED;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import java.util.concurrent.CompletableFuture;
import nl.routewijzer.bot.conversation.UiText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's adapter with our two seams: authentication as a separate step (so that every failure of it can be
 * answered with 401 before anything runs) and the credentials for outbound replies. A turn that fails anyway is
 * logged and answered with an apology instead of silence.
 */
class TeamsAdapter extends BotFrameworkHttpAdapter {

    private static final Logger log = LoggerFactory.getLogger(TeamsAdapter.class);

    private final CredentialProvider credentials;
    private final ChannelProvider channels;
    private final ConnectorCredentials outbound;

    TeamsAdapter(TeamsProperties properties, ConnectorCredentials outbound, UiText text) {
        this(new SimpleCredentialProvider(properties.appId().orElse(""), properties.appPassword().orElse("")),
                new SimpleChannelProvider(), outbound, text);
    }

    private TeamsAdapter(CredentialProvider credentials, ChannelProvider channels, ConnectorCredentials outbound,
                         UiText text) {
        super(credentials, channels);
        this.credentials = credentials;
        this.channels = channels;
        this.outbound = outbound;
        setOnTurnError((turnContext, exception) -> {
            // The exception may carry the connector's response, never the user's text.
            log.error("Teams turn failed ({} activity)", turnContext.getActivity().getType(), exception);
            return turnContext.sendActivity(MessageFactory.text(text.get(TEAMS_TURN_FAILED)))
                    .handle((sent, failed) -> (Void) null);
        });
    }

    /**
     * The SDK's own checks of the Authorization header against the activity: signature (keys from the OpenID
     * metadata), issuer, audience = app id, serviceurl claim = the activity's serviceUrl, channel endorsement.
     * Without an app id (Emulator mode) only a request without a header passes. May throw as well as fail the
     * future (a malformed token throws JWTDecodeException right away): the caller treats both as 401.
     */
    CompletableFuture<ClaimsIdentity> authenticate(String authorization, Activity activity) {
        return JwtTokenValidation.authenticateRequest(activity, authorization, credentials, channels,
                new AuthenticationConfiguration());
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        return CompletableFuture.completedFuture(outbound.forScope(appId, scope));
    }
}
