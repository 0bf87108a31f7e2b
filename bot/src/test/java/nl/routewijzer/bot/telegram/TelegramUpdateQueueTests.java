package nl.routewijzer.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class TelegramUpdateQueueTests {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void anUpdateDeliveredTwiceIsHandledOnce() throws Exception {
        List<String> handled = new CopyOnWriteArrayList<>();
        Update question = JSON.treeToValue(TelegramUpdates.text(42, "wat is een JES?"), Update.class);
        Update next = JSON.treeToValue(TelegramUpdates.text(42, "en een MDO?"), Update.class);
        try (TelegramUpdateQueue queue = new TelegramUpdateQueue(u -> handled.add(u.getMessage().getText()), Duration.ofSeconds(5))) {
            assertThat(queue.submit(question)).isTrue();
            assertThat(queue.submit(question)).as("a redelivery is acknowledged, not handled").isTrue();
            assertThat(queue.submit(next)).isTrue();
        }
        assertThat(handled).containsExactly("wat is een JES?", "en een MDO?");
    }
}
