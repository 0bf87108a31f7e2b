package nl.routewijzer.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.routewijzer.bot.telegram.TelegramMessageSplitter.Line;
import org.junit.jupiter.api.Test;

class TelegramMessageSplitterTests {

    private final TelegramMessageSplitter splitter = new TelegramMessageSplitter(30);

    private static Line line(String html) {
        return new Line(html, html.replaceAll("<[^>]+>", ""));
    }

    @Test
    void paragraphsThatFitStayTogether() {
        assertThat(splitter.split(List.of(List.of(line("een"), line("twee")), List.of(line("drie")))))
                .containsExactly("een\ntwee\n\ndrie");
    }

    @Test
    void messagesBreakBetweenParagraphsFirst() {
        assertThat(splitter.split(List.of(List.of(line("eerste alinea van twintig")), List.of(line("tweede alinea")))))
                .containsExactly("eerste alinea van twintig", "tweede alinea");
    }

    @Test
    void aParagraphLongerThanAMessageBreaksBetweenLines() {
        assertThat(splitter.split(List.of(List.of(line("<b>regel een</b> is lang"), line("regel twee is lang"),
                line("drie")))))
                .containsExactly("<b>regel een</b> is lang", "regel twee is lang\ndrie");
    }

    @Test
    void aLineLongerThanAMessageBreaksBetweenWordsWithoutItsTags() {
        List<String> parts = splitter.split(List.of(List.of(line("<b>heel</b> lange regel met veel woorden die niet past"))));

        assertThat(parts).containsExactly("heel lange regel met veel", "woorden die niet past");
    }

    @Test
    void aWordLongerThanAMessageIsCutOutsideEntities() {
        List<String> parts = splitter.split(List.of(List.of(new Line("x".repeat(27) + "&amp;yz", "x".repeat(27) + "&amp;yz"))));

        assertThat(parts).containsExactly("x".repeat(27), "&amp;yz");
    }
}
