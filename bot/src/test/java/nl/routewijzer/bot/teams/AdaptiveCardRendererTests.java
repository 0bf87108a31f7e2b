package nl.routewijzer.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.Reply.ReplyChoice;
import nl.routewijzer.bot.conversation.Reply.ReplyLink;
import nl.routewijzer.bot.conversation.TestBot;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.bot.teams.TeamsActivities.Button;
import nl.routewijzer.bot.teams.TeamsActivities.Card;
import org.junit.jupiter.api.Test;

class AdaptiveCardRendererTests {

    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer(new UiText());

    @Test
    void paragraphsLinesAndListsBecomeTextBlocks() {
        Reply reply = Reply.text("""
                **Fase 2** · looptijd 2 weken

                De mentor belt de ouders.
                **Acties**
                1. Registreer het verzuim.
                2. Meld bij de leerplichtambtenaar.

                - eerste punt
                - tweede punt""");

        Card card = Card.of(json(renderer.render(List.of(reply)).getFirst()));

        assertThat(card.texts()).containsExactly("**Fase 2** · looptijd 2 weken", "De mentor belt de ouders.",
                "**Acties**", "1. Registreer het verzuim.\r2. Meld bij de leerplichtambtenaar.",
                "- eerste punt\r- tweede punt");
        assertThat(card.buttons()).isEmpty();
    }

    @Test
    void choicesAreSubmitButtonsCarryingTheValueAndShowingTheLabel() {
        Reply reply = new Reply("Is de leerling ziek?", List.of(new ReplyChoice("Ja", "c1.ja"),
                new ReplyChoice("Nee", "c1.nee")), List.of());

        JsonNode activity = json(renderer.render(List.of(reply)).getFirst());

        assertThat(Card.of(activity).buttons()).containsExactly(new Button("Action.Submit", "Ja", "c1.ja"),
                new Button("Action.Submit", "Nee", "c1.nee"));
        JsonNode card = activity.path("attachments").path(0).path("content");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        JsonNode data = card.path("body").path(1).path("actions").path(0).path("data");
        assertThat(data.path("msteams").path("type").asText()).isEqualTo("messageBack");
        assertThat(data.path("msteams").path("displayText").asText()).isEqualTo("Ja");
        assertThat(data.path("msteams").path("text").asText()).isEqualTo("c1.ja");
    }

    @Test
    void onlyTheLastReplyOffersItsChoices() {
        List<Reply> replies = List.of(new Reply("Eerst dit.", List.of(new ReplyChoice("Oud", "old")), List.of()),
                new Reply("Dan dit.", List.of(new ReplyChoice("Nieuw", "new")), List.of()));

        List<Activity> activities = renderer.render(replies);

        assertThat(activities).hasSize(2);
        assertThat(Card.of(json(activities.get(0))).buttons()).isEmpty();
        assertThat(Card.of(json(activities.get(1))).values()).containsExactly("new");
    }

    @Test
    void linksAreClickableMarkdownLinks() {
        Reply reply = new Reply("Lees verder.", List.of(), List.of(
                new ReplyLink("Routeboek [VO], hoofdstuk 3", "https://example.org/routeboek (2024).pdf"),
                new ReplyLink("Doorbraaktafel", "https://example.org/doorbraak")));

        Card card = Card.of(json(renderer.render(List.of(reply)).getFirst()));

        assertThat(card.texts()).containsExactly("Lees verder.",
                "- [Routeboek (VO), hoofdstuk 3](https://example.org/routeboek%20%282024%29.pdf)\r"
                        + "- [Doorbraaktafel](https://example.org/doorbraak)");
    }

    @Test
    void longLabelsAreAlsoListedInFullWithNumbers() {
        String longLabel = "Er zijn ernstige zorgen over gedrag, welbevinden of medische belemmeringen";
        Reply reply = new Reply("Wat speelt er?", List.of(new ReplyChoice(longLabel, "a"), new ReplyChoice("Iets anders", "b")),
                List.of());

        Card card = Card.of(json(renderer.render(List.of(reply)).getFirst()));

        assertThat(card.texts()).contains("1. " + longLabel + "\r2. Iets anders");
        assertThat(card.values()).containsExactly("a", "b");
    }

    @Test
    void aVeryLongReplyIsSplitIntoMessagesTeamsAccepts() {
        String paragraph = "Een alinea met é, ë en ‘aanhalingstekens’ die \"escaped\" moeten worden. ".repeat(20);
        String text = String.join("\n\n", java.util.Collections.nCopies(60, paragraph.strip()));
        Reply reply = new Reply(text, List.of(new ReplyChoice("Verder", "next")), List.of(new ReplyLink("Bron", "https://example.org")));

        List<Activity> activities = renderer.render(List.of(reply));

        assertThat(activities).hasSizeGreaterThan(1);
        assertThat(activities).allSatisfy(a -> assertThat(Serialization.toStringSilent(a).getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThan(80 * 1024));
        List<Card> cards = activities.stream().map(a -> Card.of(json(a))).toList();
        assertThat(cards.stream().mapToLong(c -> c.texts().stream().filter(t -> t.equals(paragraph.strip())).count()).sum())
                .isEqualTo(60);
        assertThat(cards.getLast().values()).containsExactly("next");
        assertThat(cards.subList(0, cards.size() - 1)).allSatisfy(c -> assertThat(c.buttons()).isEmpty());
    }

    @Test
    void textChunksSplitAtParagraphsThenLinesThenHard() {
        assertThat(TextChunks.split("kort", 10)).containsExactly("kort");
        assertThat(TextChunks.split("aaaa\n\nbbbb\n\ncccc", 12)).containsExactly("aaaa\n\nbbbb", "cccc");
        assertThat(TextChunks.split("aaaaaa\nbbbbbb", 8)).containsExactly("aaaaaa", "bbbbbb");
        assertThat(TextChunks.split("x".repeat(25), 10)).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
    }

    @Test
    void everyRouteStartRendersAsValidCards() {
        for (String route : List.of("vo-zhw", "po-sppoh", "po-drechtsteden", "po-3006")) {
            List<Reply> replies = new TestBot().send("/start " + route);

            List<Activity> activities = renderer.render(replies);

            assertThat(activities).hasSize(replies.size());
            Card step = Card.of(json(activities.getLast()));
            assertThat(step.values()).isEqualTo(replies.getLast().choices().stream().map(ReplyChoice::value).toList());
            assertThat(step.texts()).noneMatch(String::isBlank);
        }
    }

    private static JsonNode json(Activity activity) {
        return Serialization.objectToTree(activity);
    }
}
