package nl.routewijzer.bot.telegram;

import java.net.URI;
import java.time.Duration;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.UiText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Wires the Telegram channel when TELEGRAM_BOT_TOKEN is set: one HTTP client and sender for every Bot API call,
 * the update queue and handler, and either long polling or (with TELEGRAM_WEBHOOK_URL) the webhook
 * registration; the webhook endpoint itself is {@link TelegramWebhookController}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramMode.On.class)
class TelegramConfiguration {

    @Bean
    TelegramUrl telegramUrl(TelegramProperties properties) {
        return properties.api().map(TelegramConfiguration::url).orElse(TelegramUrl.DEFAULT_URL);
    }

    @Bean
    TelegramConnections telegramConnections() {
        return TelegramConnections.open();
    }

    @Bean
    TelegramClient telegramClient(TelegramConnections connections, TelegramProperties properties, TelegramUrl telegramUrl) {
        return new OkHttpTelegramClient(connections.http(), properties.token().strip(), telegramUrl);
    }

    @Bean
    TelegramSender telegramSender(TelegramClient telegramClient, TelegramProperties properties) {
        return new TelegramSender(telegramClient, properties.retry());
    }

    @Bean
    TelegramBotIdentity telegramBotIdentity(TelegramProperties properties, TelegramSender sender) {
        return new TelegramBotIdentity(properties.botId(), sender);
    }

    @Bean
    TelegramBotSetup telegramBotSetup(TelegramSender sender, TelegramBotIdentity identity, UiText text) {
        return new TelegramBotSetup(sender, identity, text);
    }

    @Bean
    TelegramUpdateHandler telegramUpdateHandler(ConversationService conversations, TelegramSender sender,
                                                TelegramBotIdentity identity, UiText text) {
        return new TelegramUpdateHandler(conversations, sender, new TelegramRenderer(new TelegramMessageSplitter(), text),
                new TelegramGroupFilter(identity), text);
    }

    @Bean
    TelegramUpdateQueue telegramUpdateQueue(TelegramUpdateHandler handler) {
        return new TelegramUpdateQueue(handler::handle, Duration.ofSeconds(20));
    }

    @Bean
    @Conditional(TelegramMode.LongPolling.class)
    TelegramLongPolling telegramLongPolling(TelegramProperties properties, TelegramUrl telegramUrl,
                                            TelegramConnections connections, TelegramBotSetup setup,
                                            TelegramUpdateQueue queue) {
        return new TelegramLongPolling(properties, telegramUrl, connections.http(), setup, queue);
    }

    @Bean
    @Conditional(TelegramMode.Webhook.class)
    TelegramWebhookRegistration telegramWebhookRegistration(TelegramProperties properties, TelegramClient telegramClient,
                                                            TelegramSender sender, TelegramBotSetup setup) {
        return new TelegramWebhookRegistration(properties, telegramClient, sender, setup);
    }

    private static TelegramUrl url(URI api) {
        int port = api.getPort() > 0 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }
}
