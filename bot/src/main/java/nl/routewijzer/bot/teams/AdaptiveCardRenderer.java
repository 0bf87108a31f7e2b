package nl.routewijzer.bot.teams;

import static nl.routewijzer.bot.conversation.UiText.Key.TEAMS_CHOICES_HEADING;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.Reply.ReplyChoice;
import nl.routewijzer.bot.conversation.Reply.ReplyLink;
import nl.routewijzer.bot.conversation.UiText;

/**
 * Turns the conversation's replies into Teams messages: each reply one Adaptive Card. The light Markdown of a
 * reply maps onto the Markdown subset of TextBlocks (bold, "- " and "1. " lists, links); each line gets its own
 * TextBlock, because a TextBlock only breaks lines inside lists. Links become a list of clickable Markdown
 * links. The choices of the last reply become Action.Submit buttons, one ActionSet each, so that they stack
 * with the card's full width on desktop and mobile alike and no limit on actions per set applies.
 */
final class AdaptiveCardRenderer {

    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    static final String CARD_VERSION = "1.5";
    /**
     * Characters of reply text per card. Teams refuses messages over about 80 KB; JSON escaping and UTF-8 at
     * most triple this, so a longer reply is split over several cards at paragraph boundaries.
     */
    static final int MAX_TEXT_CHARS = 12_000;
    /** Buttons cut off longer labels on narrow screens; such choices are also listed in full, numbered. */
    static final int LONG_LABEL = 40;

    private static final Pattern LIST_ITEM = Pattern.compile("^(- |\\d{1,3}\\. ).*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");

    private final UiText text;

    AdaptiveCardRenderer(UiText text) {
        this.text = text;
    }

    /** One or more messages per reply; only the last reply's choices are offered, as in the web chat. */
    List<Activity> render(List<Reply> replies) {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            List<ReplyChoice> choices = i == replies.size() - 1 ? reply.choices() : List.of();
            List<String> parts = TextChunks.split(reply.text(), MAX_TEXT_CHARS);
            for (int p = 0; p < parts.size(); p++) {
                boolean lastPart = p == parts.size() - 1;
                activities.add(card(parts.get(p), lastPart ? reply.links() : List.of(),
                        lastPart ? choices : List.of()));
            }
        }
        return activities;
    }

    private Activity card(String markdown, List<ReplyLink> links, List<ReplyChoice> choices) {
        ObjectNode card = Serialization.createObjectNode();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", CARD_VERSION);
        card.putObject("msteams").put("width", "Full");
        ArrayNode body = card.putArray("body");
        textBlocks(markdown, body);
        if (!links.isEmpty()) {
            textBlock(body, String.join("\r", links.stream().map(AdaptiveCardRenderer::markdownLink).toList()), "Medium");
        }
        if (choices.stream().anyMatch(c -> c.label().length() > LONG_LABEL)) {
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                numbered.add((i + 1) + ". " + choices.get(i).label());
            }
            textBlock(body, text.get(TEAMS_CHOICES_HEADING), "Medium");
            textBlock(body, String.join("\r", numbered), "Small");
        }
        for (int i = 0; i < choices.size(); i++) {
            ObjectNode set = body.addObject().put("type", "ActionSet");
            set.put("spacing", i == 0 ? "Medium" : "Small");
            submit(set.putArray("actions").addObject(), choices.get(i));
        }
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card);
        return MessageFactory.attachment(attachment);
    }

    /**
     * A press sends the value back in the action's data. The msteams messageBack part makes Teams show the
     * label in the chat as the user's message, so that everyone in a group chat sees what was chosen.
     */
    private static void submit(ObjectNode action, ReplyChoice choice) {
        action.put("type", "Action.Submit");
        action.put("title", choice.label());
        ObjectNode data = action.putObject("data");
        data.put(TeamsMessageReader.CHOICE_KEY, choice.value());
        ObjectNode teams = data.putObject("msteams");
        teams.put("type", "messageBack");
        teams.put("displayText", choice.label());
        teams.put("text", choice.value());
    }

    private static void textBlocks(String markdown, ArrayNode body) {
        for (String paragraph : PARAGRAPH_BREAK.split(markdown.strip())) {
            String spacing = body.isEmpty() ? "None" : "Medium";
            List<String> list = new ArrayList<>();
            for (String line : paragraph.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                if (LIST_ITEM.matcher(line).matches()) {
                    list.add(line);
                    continue;
                }
                if (!list.isEmpty()) {
                    textBlock(body, String.join("\r", list), spacing);
                    list.clear();
                    spacing = "None";
                }
                textBlock(body, line, spacing);
                spacing = "None";
            }
            if (!list.isEmpty()) {
                textBlock(body, String.join("\r", list), spacing);
            }
        }
    }

    private static void textBlock(ArrayNode body, String markdown, String spacing) {
        ObjectNode block = body.addObject();
        block.put("type", "TextBlock");
        block.put("text", markdown);
        block.put("wrap", true);
        block.put("spacing", spacing);
    }

    /** "- [title](url)"; brackets in the title and characters that end a Markdown link target are escaped. */
    static String markdownLink(ReplyLink link) {
        String title = link.title().replace('[', '(').replace(']', ')');
        String url = link.url().strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29");
        return "- [" + title + "](" + url + ")";
    }
}
