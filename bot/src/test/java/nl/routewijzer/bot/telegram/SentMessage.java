package nl.routewijzer.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A message the bot sent to the fake Bot API, as it went over the wire. */
record SentMessage(int messageId, long chatId, String text, String parseMode, List<Button> buttons) {

    /** An inline keyboard button: what it shows and the callback data it sends back. */
    record Button(String text, String callbackData) {
    }

    static SentMessage of(FakeTelegramApi.Call call) {
        JsonNode body = call.body();
        List<Button> buttons = new ArrayList<>();
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                buttons.add(new Button(button.path("text").asText(), button.path("callback_data").asText()));
            }
        }
        return new SentMessage(call.result().path("message_id").asInt(), FakeTelegramApi.chatOf(body),
                body.path("text").asText(), body.path("parse_mode").asText(), buttons);
    }

    List<String> labels() {
        return buttons.stream().map(Button::text).toList();
    }

    /** The callback data of the button whose text starts with this. */
    String data(String labelStart) {
        return buttons.stream().filter(b -> b.text().startsWith(labelStart)).findFirst().orElseThrow(
                () -> new AssertionError("No button '" + labelStart + "' in " + labels())).callbackData();
    }
}
