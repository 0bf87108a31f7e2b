package nl.routewijzer.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.Reply.ReplyChoice;
import nl.routewijzer.bot.conversation.Reply.ReplyLink;
import nl.routewijzer.bot.conversation.UiText;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class TelegramRendererTests {

    private static final TelegramRenderer.Target CHAT = new TelegramRenderer.Target(42, Optional.empty());
    private final TelegramRenderer renderer = new TelegramRenderer(new TelegramMessageSplitter(), new UiText());

    @Test
    void textIsEscapedAndLightMarkdownBecomesHtml() {
        List<SendMessage> messages = renderer.render(CHAT, List.of(Reply.text(
                "**Let op** bij <script> & \"quotes\"\n- punt één\n1. stap een\n\nnieuwe **alinea** met a*b")));

        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.getText()).isEqualTo("<b>Let op</b> bij &lt;script&gt; &amp; \"quotes\"\n• punt één\n1. stap een\n\n"
                    + "nieuwe <b>alinea</b> met a*b");
            assertThat(m.getParseMode()).isEqualToIgnoringCase("html");
            assertThat(m.getLinkPreviewOptions().getIsDisabled()).isTrue();
            assertThat(m.getChatId()).isEqualTo("42");
        });
    }

    @Test
    void linksBecomeAnchorsWithEscapedTitleAndAddress() {
        List<SendMessage> messages = renderer.render(CHAT, List.of(new Reply("Lees verder:", List.of(), List.of(
                new ReplyLink("Verzuim & <Thuiszitters>", "https://example.nl/a?b=1&c=\"2\""),
                new ReplyLink("Geen weblink", "javascript:alert(1)")))));

        assertThat(messages.getFirst().getText()).isEqualTo("Lees verder:\n\n🔗 <a href=\"https://example.nl/a?b=1&amp;c=&quot;2&quot;\">"
                + "Verzuim &amp; &lt;Thuiszitters&gt;</a>");
    }

    @Test
    void onlyTheLastReplyGetsItsChoicesAsKeyboard() {
        List<SendMessage> messages = renderer.render(CHAT, List.of(
                new Reply("eerst", List.of(new ReplyChoice("Oud", "oud")), List.of()),
                new Reply("Is er sprake van een schoolinschrijving?", List.of(new ReplyChoice("Ja", "vo-zhw/inschrijving/1"),
                        new ReplyChoice("Nee", "vo-zhw/inschrijving/2")), List.of())));

        assertThat(messages).hasSize(2);
        assertThat(messages.getFirst().getReplyMarkup()).isNull();
        InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) messages.getLast().getReplyMarkup();
        assertThat(keyboard.getKeyboard()).singleElement() // short labels share a row
                .satisfies(row -> assertThat(row).extracting(InlineKeyboardButton::getText, InlineKeyboardButton::getCallbackData)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ja", "vo-zhw/inschrijving/1"),
                                org.assertj.core.groups.Tuple.tuple("Nee", "vo-zhw/inschrijving/2")));
    }

    @Test
    void longLabelsAreListedInTheTextAndNumberedOnTheButtons() {
        String label = "Er zijn zorgen over beperkte aanwezigheid in de klas, het te laat komen van de leerling, etc.";
        List<SendMessage> messages = renderer.render(CHAT, List.of(new Reply("Welk verzuim?", List.of(
                new ReplyChoice("Ziekte", "r/n/1"), new ReplyChoice(label, "r/n/2")), List.of())));

        assertThat(messages.getLast().getText()).isEqualTo("Welk verzuim?\n\n1. Ziekte\n2. " + label);
        InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) messages.getLast().getReplyMarkup();
        assertThat(keyboard.getKeyboard()).hasSize(2);
        assertThat(keyboard.getKeyboard().get(1).getFirst().getText()).isEqualTo("2. Er zijn zorgen over beperkte…");
        assertThat(keyboard.getKeyboard().get(1).getFirst().getCallbackData()).isEqualTo("r/n/2");
    }

    @Test
    void aValueOverSixtyFourBytesFallsBackToTheLabel() {
        List<SendMessage> messages = renderer.render(CHAT, List.of(new Reply("Kies", List.of(
                new ReplyChoice("Verder", "x".repeat(65))), List.of())));

        InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) messages.getLast().getReplyMarkup();
        assertThat(keyboard.getKeyboard().getFirst().getFirst().getCallbackData()).isEqualTo("Verder");
    }

    @Test
    void longTextIsSplitAtLineBreaksUnderTheLimitWithTheKeyboardOnTheLastPart() {
        String paragraph = "Een regel over verzuim & thuiszitten die lang genoeg is om op te tellen.\n".repeat(30).strip();
        String text = String.join("\n\n", java.util.Collections.nCopies(4, paragraph));
        List<SendMessage> messages = renderer.render(CHAT, List.of(new Reply(text, List.of(new ReplyChoice("Ja", "v")), List.of())));

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.getText().length()).isLessThanOrEqualTo(TelegramMessageSplitter.LIMIT);
            assertThat(m.getText()).startsWith("Een regel").endsWith("op te tellen.");
        });
        assertThat(String.join("\n\n", messages.stream().map(SendMessage::getText).toList()))
                .isEqualTo(text.replace("&", "&amp;"));
        assertThat(messages.subList(0, messages.size() - 1)).allSatisfy(m -> assertThat(m.getReplyMarkup()).isNull());
        assertThat(messages.getLast().getReplyMarkup()).isNotNull();
    }
}
