package nl.routewijzer.bot.teams;

import static nl.routewijzer.bot.teams.TeamsActivities.BOT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import org.junit.jupiter.api.Test;

class TeamsMessageReaderTests {

    private static final String SERVICE_URL = "https://smba.example/emea/";

    @Test
    void theBotsMentionIsRemovedLiterallyEvenWithRegexCharactersInItsName() {
        ObjectNode json = TeamsActivities.channelMessage(SERVICE_URL, "19:x@thread.tacv2", "Routewijzer (test) [*]",
                "wat is een JES?");

        assertThat(TeamsMessageReader.read(activity(json))).isEqualTo("wat is een JES?");
    }

    @Test
    void otherPeoplesMentionsKeepTheirNames() {
        ObjectNode json = TeamsActivities.channelMessage(SERVICE_URL, "19:x@thread.tacv2", "Routewijzer",
                "vraag van <at>Piet Jansen</at> over verzuim");

        assertThat(TeamsMessageReader.read(activity(json))).isEqualTo("vraag van Piet Jansen over verzuim");
    }

    @Test
    void aMentionInTheMiddleLeavesOneSpace() {
        ObjectNode json = TeamsActivities.personalMessage(SERVICE_URL, "a:1", "wat is <at>Routewijzer</at> een MDO");
        ObjectNode mention = json.putArray("entities").addObject().put("type", "mention").put("text", "<at>Routewijzer</at>");
        mention.putObject("mentioned").put("id", BOT_ID).put("name", "Routewijzer");

        assertThat(TeamsMessageReader.read(activity(json))).isEqualTo("wat is een MDO");
    }

    @Test
    void aCardPressGivesTheChoiceValue() {
        ObjectNode json = TeamsActivities.cardPress(SERVICE_URL, "a:1", "/start po-3006");
        json.put("text", "/start po-3006"); // messageBack also sends the value as text

        assertThat(TeamsMessageReader.pressedChoice(activity(json))).contains("/start po-3006");
        assertThat(TeamsMessageReader.read(activity(json))).isEqualTo("/start po-3006");
    }

    @Test
    void aValueWithoutOurKeyIsNoPress() {
        ObjectNode json = TeamsActivities.personalMessage(SERVICE_URL, "a:1", "hallo");
        json.putObject("value").put("something", "else");

        assertThat(TeamsMessageReader.pressedChoice(activity(json))).isEmpty();
        assertThat(TeamsMessageReader.read(activity(json))).isEqualTo("hallo");
    }

    @Test
    void htmlEscapesAreDecoded() {
        ObjectNode json = TeamsActivities.personalMessage(SERVICE_URL, "a:1", "wat is&nbsp;&quot;JES&quot; &amp; MDO&#39;s");

        assertThat(TeamsMessageReader.read(activity(json))).isEqualTo("wat is \"JES\" & MDO's");
    }

    @Test
    void brokenOrForeignMentionEntitiesAreIgnored() {
        ObjectNode json = TeamsActivities.personalMessage(SERVICE_URL, "a:1", "<at>Routewijzer</at> help");
        json.putArray("entities").addObject().put("type", "mention");
        json.withArray("entities").addObject().put("type", "clientInfo").put("locale", "nl-NL");
        json.withArray("entities").addObject().put("type", "mention").putObject("mentioned").put("id", "29:someone");

        assertThat(TeamsMessageReader.read(activity(json))).isEqualTo("Routewijzer help");
    }

    @Test
    void noTextIsAnEmptyMessage() {
        ObjectNode json = TeamsActivities.personalMessage(SERVICE_URL, "a:1", "x");
        json.remove("text");

        assertThat(TeamsMessageReader.read(activity(json))).isEmpty();
    }

    @Test
    void conversationKeysArePrefixedAndFitTheStore() {
        ObjectNode json = TeamsActivities.personalMessage(SERVICE_URL, "a:short", "x");
        assertThat(TeamsBot.conversationKey(activity(json))).isEqualTo("teams:a:short");

        String longId = "a:1" + "Xy9".repeat(60);
        ObjectNode long1 = TeamsActivities.personalMessage(SERVICE_URL, longId, "x");
        ObjectNode long2 = TeamsActivities.personalMessage(SERVICE_URL, longId + "z", "x");
        String key = TeamsBot.conversationKey(activity(long1));
        assertThat(key).startsWith("teams:sha256:").hasSizeLessThanOrEqualTo(TeamsBot.MAX_KEY_LENGTH)
                .isEqualTo(TeamsBot.conversationKey(activity(long1)))
                .isNotEqualTo(TeamsBot.conversationKey(activity(long2)));
    }

    private static Activity activity(ObjectNode json) {
        return Serialization.treeToValue(json, Activity.class);
    }
}
