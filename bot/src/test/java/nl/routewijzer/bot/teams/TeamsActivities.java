package nl.routewijzer.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Activities as Teams sends them, as JSON, and a reading of the Adaptive Cards the bot sends back. */
final class TeamsActivities {

    static final String APP_ID = "00000000-1111-2222-3333-444444444444";
    static final String BOT_ID = "28:" + APP_ID;
    private static final AtomicInteger IDS = new AtomicInteger();

    private TeamsActivities() {
    }

    /** A message typed by a user in a personal chat. */
    static ObjectNode personalMessage(String serviceUrl, String conversationId, String text) {
        ObjectNode activity = base("message", serviceUrl, conversationId, "personal");
        activity.put("text", text);
        activity.put("textFormat", "plain");
        return activity;
    }

    /** A press on an Action.Submit button whose data carries the choice value. */
    static ObjectNode cardPress(String serviceUrl, String conversationId, String value) {
        ObjectNode activity = base("message", serviceUrl, conversationId, "personal");
        activity.putObject("value").put(TeamsMessageReader.CHOICE_KEY, value);
        return activity;
    }

    /** A message in a team channel: Teams delivers it only because it @mentions the bot. */
    static ObjectNode channelMessage(String serviceUrl, String conversationId, String botName, String text) {
        ObjectNode activity = base("message", serviceUrl, conversationId, "channel");
        activity.put("text", "<at>" + botName + "</at> " + text);
        activity.put("textFormat", "plain");
        ObjectNode mention = activity.putArray("entities").addObject();
        mention.put("type", "mention");
        mention.put("text", "<at>" + botName + "</at>");
        mention.putObject("mentioned").put("id", BOT_ID).put("name", botName);
        activity.putObject("channelData").putObject("team").put("id", "19:team@thread.tacv2");
        return activity;
    }

    static ObjectNode membersAdded(String serviceUrl, String conversationId, String... memberIds) {
        ObjectNode activity = base("conversationUpdate", serviceUrl, conversationId, "personal");
        activity.remove("id");
        ArrayNode added = activity.putArray("membersAdded");
        for (String id : memberIds) {
            added.addObject().put("id", id);
        }
        return activity;
    }

    private static ObjectNode base(String type, String serviceUrl, String conversationId, String conversationType) {
        ObjectNode activity = Serialization.createObjectNode();
        activity.put("type", type);
        activity.put("id", "incoming-" + IDS.incrementAndGet());
        activity.put("timestamp", "2026-11-23T09:00:00.000Z");
        activity.put("serviceUrl", serviceUrl);
        activity.put("channelId", "msteams");
        activity.putObject("from").put("id", "29:user-1").put("name", "Juf Anna").put("aadObjectId", "aad-user-1");
        activity.putObject("conversation").put("id", conversationId).put("conversationType", conversationType)
                .put("tenantId", "tenant-1");
        activity.putObject("recipient").put("id", BOT_ID).put("name", "Routewijzer");
        activity.put("locale", "nl-NL");
        return activity;
    }

    /** What a user sees of one Adaptive Card message: its text blocks and its buttons. */
    record Card(List<String> texts, List<Button> buttons) {

        static Card of(JsonNode activity) {
            JsonNode attachment = activity.path("attachments").path(0);
            if (!AdaptiveCardRenderer.CONTENT_TYPE.equals(attachment.path("contentType").asText())) {
                throw new AssertionError("Not an Adaptive Card: " + activity);
            }
            List<String> texts = new ArrayList<>();
            List<Button> buttons = new ArrayList<>();
            for (JsonNode element : attachment.path("content").path("body")) {
                switch (element.path("type").asText()) {
                    case "TextBlock" -> texts.add(element.path("text").asText());
                    case "ActionSet" -> element.path("actions").forEach(a -> buttons.add(new Button(
                            a.path("type").asText(), a.path("title").asText(),
                            a.path("data").path(TeamsMessageReader.CHOICE_KEY).asText())));
                    default -> throw new AssertionError("Unexpected card element " + element);
                }
            }
            return new Card(texts, buttons);
        }

        String text() {
            return String.join("\n", texts);
        }

        List<String> values() {
            return buttons.stream().map(Button::value).toList();
        }
    }

    record Button(String type, String title, String value) {
    }
}
