package nl.routewijzer.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads an activity from a request body with the SDK's own Jackson 2 mapper (Spring's Jackson 3 never sees SDK
 * types). Refuses what cannot be answered: no JSON object, no type, no http(s) serviceUrl or no conversation.
 */
final class ActivityReader {

    /** Teams activities are a few KB; the largest (with attachments and HTML) stay far below this. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    private ActivityReader() {
    }

    /** The activity, or empty when the body is not one we can answer; throws when the body is too large. */
    static Optional<Activity> read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BodyTooLarge();
        }
        JsonNode tree;
        try {
            tree = Serialization.jsonToTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (tree == null || !tree.isObject()) {
            return Optional.empty();
        }
        Activity activity;
        try {
            activity = Serialization.treeToValue(tree, Activity.class);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(activity).filter(ActivityReader::answerable);
    }

    private static boolean answerable(Activity activity) {
        return activity.getType() != null && !activity.getType().isBlank()
                && activity.getConversation() != null && activity.getConversation().getId() != null
                && httpUrl(activity.getServiceUrl());
    }

    private static boolean httpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /** A body over {@link #MAX_BODY_BYTES}. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("Activity body over " + MAX_BODY_BYTES + " bytes", null);
        }
    }
}
