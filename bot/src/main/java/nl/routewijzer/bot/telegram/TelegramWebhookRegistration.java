package nl.routewijzer.bot.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Webhook mode: tells Telegram at startup where to push updates and which secret to send along. Every replica
 * does so with the same address and secret, which is harmless. In the background and until it succeeds, so
 * that an unreachable Telegram does not stop the start. On shutdown the webhook stays: the other replicas
 * still serve it.
 */
class TelegramWebhookRegistration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookRegistration.class);

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final TelegramSender sender;
    private final TelegramBotSetup setup;
    private volatile boolean running;
    private volatile Thread registrar;

    TelegramWebhookRegistration(TelegramProperties properties, TelegramClient client, TelegramSender sender,
                                TelegramBotSetup setup) {
        this.properties = properties;
        this.client = client;
        this.sender = sender;
        this.setup = setup;
    }

    @Override
    public void start() {
        running = true;
        registrar = Thread.ofVirtual().name("telegram-webhook-registration").start(this::register);
    }

    private void register() {
        setup.prepare();
        SetWebhook webhook = SetWebhook.builder().url(properties.webhook().orElseThrow().toString())
                .secretToken(properties.webhookSecret()).allowedUpdates(TelegramLongPolling.ALLOWED_UPDATES).build();
        Duration wait = properties.retry().maxBackoff();
        while (running) {
            if (sender.call("setWebhook", () -> client.execute(webhook)).orElse(false)) {
                log.info("Telegram webhook set to {}", properties.webhook().orElseThrow());
                return;
            }
            log.warn("Telegram webhook not set yet; trying again in {} s", wait.toSeconds());
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (registrar != null) {
            registrar.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
