package nl.routewijzer.bot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The bot's own Dutch sentences (everything that is not route or knowledge content), kept in
 * {@code texts_nl.properties} so that wording can change without touching code. Every key must exist at
 * startup: a missing sentence fails fast instead of showing a key to a user.
 */
public final class UiText {

    /** The keys of texts_nl.properties; {@code UiTextTests} keeps the two in step. */
    public enum Key {
        WELCOME, MENU_RESUME, ROUTE_STARTED, UNKNOWN_ROUTE, NO_ROUTE_ACTIVE, FIRST_STEP_ALREADY, RESTARTED,
        HELP, FORGOTTEN, STALE_BUTTON, NUMBER_OUT_OF_RANGE, TOO_LONG, EMPTY_MESSAGE, CONTENT_CHANGED,
        ROUTE_GONE, PHASE_AND_LOOPTIJD, PHASE_ONLY, LOOPTIJD_ONLY, ACTIONS_HEADING, END_PREFIX,
        SUMMARY_HEADING, SUMMARY_ANSWERS, SUMMARY_PHASE_AND_LOOPTIJD, SUMMARY_LOOPTIJD, SUMMARY_ACTIONS, SUMMARY_NO_ACTIONS, SUMMARY_IN_PROGRESS,
        CHOICE_RESTART, CHOICE_OTHER_ROUTE, CHOICE_RESUME, BACK_TO_ROUTE, BUSY,
        NOT_FOUND, NOT_FOUND_IN_ROUTE, ANSWER_REFERENCE, ANSWER_REFERENCE_CONTEXT, ANSWER_SOURCE, ANSWER_SEE_ALSO, READ_MORE,
        TEAMS_TURN_FAILED, TEAMS_CHOICES_HEADING,
        TELEGRAM_CHOOSE, TELEGRAM_ERROR, TELEGRAM_COMMAND_START, TELEGRAM_COMMAND_TERUG, TELEGRAM_COMMAND_OPNIEUW,
        TELEGRAM_COMMAND_SAMENVATTING, TELEGRAM_COMMAND_HELP, TELEGRAM_COMMAND_VERGEET
    }

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private final Properties texts = new Properties();

    public UiText() {
        try (InputStream in = UiText.class.getResourceAsStream("/texts_nl.properties")) {
            if (in == null) {
                throw new IllegalStateException("texts_nl.properties is missing from the classpath");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Key> missing = Arrays.stream(Key.values()).filter(k -> !texts.containsKey(property(k))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("texts_nl.properties lacks " + missing);
        }
    }

    public String get(Key key, Object... arguments) {
        String pattern = texts.getProperty(property(key));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), DUTCH).format(arguments);
    }

    static String property(Key key) {
        return key.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    Properties properties() {
        return texts;
    }
}
