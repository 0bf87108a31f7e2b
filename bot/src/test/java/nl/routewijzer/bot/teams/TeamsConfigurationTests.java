package nl.routewijzer.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.lang.reflect.Method;
import java.util.Optional;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.UiText;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** When the channel is on, and what it refuses to start with; the outbound credentials it builds. */
class TeamsConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Collaborators.class, TeamsConfiguration.class, TeamsController.class);

    @Test
    void withoutAnAppIdTheChannelIsOff() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(TeamsController.class).doesNotHaveBean(TeamsAdapter.class);
        });
    }

    @Test
    void anAppIdTurnsItOn() {
        runner.withPropertyValues("routewijzer.teams.app-id=app-1", "routewijzer.teams.app-password=secret")
                .run(context -> assertThat(context).hasSingleBean(TeamsController.class).hasSingleBean(TeamsBot.class));
    }

    @Test
    void theEmulatorModeMustBeAskedForExplicitly() {
        runner.withPropertyValues("routewijzer.teams.allow-unauthenticated=true")
                .run(context -> assertThat(context).hasSingleBean(TeamsController.class));
        runner.withPropertyValues("routewijzer.teams.app-id=  ")
                .run(context -> assertThat(context).doesNotHaveBean(TeamsController.class));
    }

    @Test
    void anAppIdWithoutPasswordStopsTheStart() {
        runner.withPropertyValues("routewijzer.teams.app-id=app-1").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("MICROSOFT_APP_PASSWORD is not"));
    }

    @Test
    void thePasswordIsNeverPrinted() {
        TeamsProperties properties = new TeamsProperties(Optional.of("app-1"), Optional.of("s3cret"), Optional.empty(),
                false, Optional.empty());

        assertThat(properties.toString()).contains("app-1").doesNotContain("s3cret");
    }

    @Test
    void singleTenantBotsGetTheirTokenFromTheirOwnTenant() throws Exception {
        TeamsProperties properties = new TeamsProperties(Optional.of("app-1"), Optional.of("secret"),
                Optional.of("tenant-42"), false, Optional.empty());

        AppCredentials credentials = ConnectorCredentials.microsoft(properties)
                .forScope("app-1", "https://api.botframework.com/.default");

        assertThat(credentials).isInstanceOf(MicrosoftAppCredentials.class);
        assertThat(credentials.oAuthEndpoint()).isEqualTo("https://login.microsoftonline.com/tenant-42");
        assertThat(credentials.oAuthScope()).isEqualTo("https://api.botframework.com/.default");
        // Builds the MSAL client the SDK uses (no network until a token is asked for): proves the pinned msal4j
        // still links with the SDK's CredentialsAuthenticator.
        Method build = AppCredentials.class.getDeclaredMethod("buildAuthenticator");
        build.setAccessible(true);
        assertThat(build.invoke(credentials)).isNotNull();
    }

    @Test
    void multiTenantBotsUseTheBotFrameworkTenant() {
        TeamsProperties properties = new TeamsProperties(Optional.of("app-1"), Optional.of("secret"), Optional.empty(),
                false, Optional.empty());

        AppCredentials credentials = ConnectorCredentials.microsoft(properties).forScope("app-1", "scope");

        assertThat(credentials.oAuthEndpoint()).isEqualTo("https://login.microsoftonline.com/botframework.com");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TeamsProperties.class)
    static class Collaborators {
        @Bean
        UiText uiText() {
            return new UiText();
        }

        @Bean
        ConversationService conversationService() {
            return mock(ConversationService.class);
        }
    }
}
