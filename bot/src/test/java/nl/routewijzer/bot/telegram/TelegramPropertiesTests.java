package nl.routewijzer.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TelegramPropertiesTests {

    private static final TelegramProperties.Retry RETRY = new TelegramProperties.Retry(5, Duration.ofMillis(500),
            Duration.ofSeconds(30), Duration.ofSeconds(60));

    @Test
    void withoutATokenTheChannelIsOffAndNothingElseIsChecked() {
        TelegramProperties off = new TelegramProperties("", "not a url", "https://x", "", RETRY);

        assertThat(off.enabled()).isFalse();
    }

    @Test
    void theBotIdIsTheNumberBeforeTheColonOfTheToken() {
        assertThat(new TelegramProperties(" 7123456789:AAE-x_y ", "", "", "", RETRY).botId()).isEqualTo(7123456789L);
    }

    @Test
    void aTokenThatIsNotABotTokenFailsAtStartup() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TelegramProperties("geheim", "", "", "", RETRY))
                .withMessageContaining("TELEGRAM_BOT_TOKEN");
    }

    @Test
    void webhookModeNeedsASecretTelegramAccepts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TelegramProperties("1:a", "", "https://bot.example.nl/api/telegram/webhook", "", RETRY))
                .withMessageContaining("TELEGRAM_WEBHOOK_SECRET");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TelegramProperties("1:a", "", "https://bot.example.nl/api/telegram/webhook", "met spatie", RETRY));
        assertThat(new TelegramProperties("1:a", "", "https://bot.example.nl/api/telegram/webhook", "s3cret_-", RETRY).webhook())
                .isPresent();
    }

    @Test
    void theApiUrlIsSchemeHostAndPortOnly() {
        assertThat(new TelegramProperties("1:a", "http://localhost:8081", "", "", RETRY).api()).isPresent();
        assertThatIllegalArgumentException().isThrownBy(() -> new TelegramProperties("1:a", "http://localhost:8081/bot", "", "", RETRY))
                .withMessageContaining("TELEGRAM_API_URL");
        assertThatIllegalArgumentException().isThrownBy(() -> new TelegramProperties("1:a", "localhost:8081", "", "", RETRY));
    }
}
