package nl.routewijzer.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Which messages the bot answers, read from updates as Telegram sends them. */
class TelegramGroupFilterTests {

    private static final long GROUP = -1001234L;
    private final TelegramGroupFilter filter = new TelegramGroupFilter(new KnownBot());

    /** The bot's identity without asking Telegram. */
    private static final class KnownBot extends TelegramBotIdentity {
        KnownBot() {
            super(FakeTelegramApi.BOT_ID, null);
        }

        @Override
        Optional<String> username() {
            return Optional.of(FakeTelegramApi.BOT_USERNAME);
        }
    }

    private static Message message(ObjectNode update) {
        try {
            return new ObjectMapper().treeToValue(update, Update.class).getMessage();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyMessageInAPrivateChatIsForTheBot() {
        assertThat(filter.textFor(message(TelegramUpdates.text(77, "hallo allemaal")))).hasValue("hallo allemaal");
    }

    @Test
    void inAGroupOrdinaryTalkIsIgnored() {
        assertThat(filter.textFor(message(TelegramUpdates.groupText(GROUP, 5, "wie heeft de notulen?")))).isEmpty();
        assertThat(filter.textFor(message(TelegramUpdates.groupText(GROUP, 5, "mail @iemand_anders even")))).isEmpty();
    }

    @Test
    void inAGroupOurCommandsCountAndOtherBotsCommandsDoNot() {
        assertThat(filter.textFor(message(TelegramUpdates.groupText(GROUP, 5, "/help")))).hasValue("/help");
        assertThat(filter.textFor(message(TelegramUpdates.groupText(GROUP, 5, "/start@RoutewijzerTestBot vo-zhw"))))
                .hasValue("/start vo-zhw");
        assertThat(filter.textFor(message(TelegramUpdates.groupText(GROUP, 5, "/start@routewijzertestbot")))).hasValue("/start");
        assertThat(filter.textFor(message(TelegramUpdates.groupText(GROUP, 5, "/start@AndereBot")))).isEmpty();
        assertThat(filter.textFor(message(TelegramUpdates.groupText(GROUP, 5, "/weer")))).isEmpty();
    }

    @Test
    void inAGroupAMentionCountsWithTheMentionRemoved() {
        assertThat(filter.textFor(message(TelegramUpdates.groupText(GROUP, 5, "@RoutewijzerTestBot wat is een JES?"))))
                .hasValue("wat is een JES?");
        assertThat(filter.textFor(message(TelegramUpdates.groupText(GROUP, 5, "Weet jij het, @RoutewijzerTestBot?"))))
                .hasValue("Weet jij het, ?");
    }

    @Test
    void inAGroupAReplyToTheBotCounts() {
        assertThat(filter.textFor(message(TelegramUpdates.groupReplyToBot(GROUP, 5, 900, "ja")))).hasValue("ja");
    }
}
