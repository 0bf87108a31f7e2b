package nl.routewijzer.knowledge.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.routewijzer.knowledge.model.EntryLink;

/** Reads fields of a parsed YAML mapping, reporting missing or malformed ones instead of failing. */
final class YamlFields {

    private final Map<?, ?> map;
    private final String file;
    private final String where;
    private final List<ContentProblem> problems;

    YamlFields(Map<?, ?> map, String file, String where, List<ContentProblem> problems) {
        this.map = map;
        this.file = file;
        this.where = where;
        this.problems = problems;
    }

    Optional<String> optional(String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    String required(String key) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            problems.add(new ContentProblem(file, where, "'" + key + "' is missing or empty.", "add " + key + ": ..."));
        }
        return value.orElse("");
    }

    String url() {
        String url = required("url");
        if (!url.isEmpty() && !url.matches("https://\\S+")) {
            problems.add(new ContentProblem(file, where, "url '" + url + "' is not an https address.",
                    "use the https:// address of the source"));
        }
        return url;
    }

    List<String> list(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        problems.add(new ContentProblem(file, where, "'" + key + "' must be a list.", "write [a, b] or '- ' lines"));
        return List.of();
    }

    /** A list of {title, url} links; each must have both, with an https address. */
    List<EntryLink> links(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            problems.add(new ContentProblem(file, where, "'" + key + "' must be a list.",
                    "write '- title: ...' and 'url: https://...' per link"));
            return List.of();
        }
        List<EntryLink> links = new java.util.ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> link)) {
                problems.add(new ContentProblem(file, where, "a link in '" + key + "' is not a mapping.",
                        "write '- title: ...' and 'url: https://...'"));
                continue;
            }
            YamlFields fields = new YamlFields(link, file, where + " link", problems);
            String title = fields.required("title");
            String url = fields.url();
            if (!title.isEmpty() && url.startsWith("https://")) {
                links.add(new EntryLink(title, url));
            }
        }
        return links;
    }
}
