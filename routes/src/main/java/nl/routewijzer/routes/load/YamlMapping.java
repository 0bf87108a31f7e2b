package nl.routewijzer.routes.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with its line numbers. Every shape problem (missing key, wrong type, unknown key,
 * duplicate key) goes to the shared problem list instead of stopping the read, so one run shows them all.
 */
final class YamlMapping {

    private final String file;
    private final String nodeId;
    private final Node yaml;
    private final List<Problem> problems;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    private YamlMapping(String file, String nodeId, Node yaml, List<Problem> problems) {
        this.file = file;
        this.nodeId = nodeId;
        this.yaml = yaml;
        this.problems = problems;
        if (yaml instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
                int line = lineOf(tuple.getKeyNode());
                if (entries.containsKey(key)) {
                    problem(line, "Key '" + key + "' appears twice (first on line " + keyLines.get(key) + ").",
                            "keep one '" + key + "' and rename or remove the other");
                } else {
                    entries.put(key, tuple.getValueNode());
                    keyLines.put(key, line);
                }
            }
        }
    }

    /** Reads a mapping, or reports that something else stood where a mapping was expected. */
    static Optional<YamlMapping> of(String file, String nodeId, Node yaml, String what, List<Problem> problems) {
        if (yaml instanceof MappingNode) {
            return Optional.of(new YamlMapping(file, nodeId, yaml, problems));
        }
        problems.add(new Problem(file, lineOf(yaml), nodeId, what + " must be a mapping of 'key: value' lines.",
                "indent its keys under it as in docs/route-format.md"));
        return Optional.empty();
    }

    static int lineOf(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    String file() {
        return file;
    }

    int line() {
        return lineOf(yaml);
    }

    int line(String key) {
        return keyLines.getOrDefault(key, line());
    }

    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> raw(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Reports keys the format does not know, with the closest known key as the likely fix. */
    void allowOnly(Set<String> allowed) {
        for (String key : entries.keySet()) {
            if (!allowed.contains(key)) {
                String guess = allowed.stream().filter(a -> a.equalsIgnoreCase(key)).findFirst()
                        .orElse(String.join(", ", allowed.stream().sorted().toList()));
                problem(line(key), "Unknown key '" + key + "'.", "use one of: " + guess);
            }
        }
    }

    Optional<String> optionalText(String key) {
        Node value = entries.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar) {
            String text = normalise(scalar.getValue());
            if (text.isEmpty()) {
                problem(line(key), "'" + key + "' is empty.", "write the text, or remove the key");
                return Optional.empty();
            }
            return Optional.of(text);
        }
        problem(line(key), "'" + key + "' must be text.", "write it as one text value (quote it if it holds ': ')");
        return Optional.empty();
    }

    String requiredText(String key, String fix) {
        if (!entries.containsKey(key)) {
            problem(line(), "'" + key + "' is missing.", fix);
            return "";
        }
        return optionalText(key).orElse("");
    }

    List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof ScalarNode scalar && !normalise(scalar.getValue()).isEmpty()) {
                result.add(normalise(scalar.getValue()));
            } else {
                problem(lineOf(item), "Every item of '" + key + "' must be a non-empty text.",
                        "write the text after '- ', or remove the empty item");
            }
        }
        return result;
    }

    List<YamlMapping> mappings(String key) {
        List<YamlMapping> result = new ArrayList<>();
        for (Node item : sequence(key)) {
            of(file, nodeId, item, "An item of '" + key + "'", problems).ifPresent(result::add);
        }
        return result;
    }

    List<Node> sequence(String key) {
        Node value = entries.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problem(line(key), "'" + key + "' must be a list.", "write each item on its own line starting with '- '");
        return List.of();
    }

    void problem(int line, String message, String fix) {
        problems.add(new Problem(file, line, nodeId, message, fix));
    }

    /** A list item line: "- ", "1. ", or the source's "•". */
    private static final java.util.regex.Pattern LIST_LINE = java.util.regex.Pattern.compile("^(- |•|\\d{1,2}\\. )");

    /**
     * Folds single line breaks (YAML block scalars, PDF lines) into spaces but keeps blank-line paragraph
     * breaks, which the renderers show as paragraphs, and the lines of a list ("- ", "1. ", or the source's
     * "•", written "- " as the renderers know it): a list folded into its sentence is unreadable.
     */
    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return java.util.Arrays.stream(text.strip().split("\\n[ \\t]*\\n\\s*"))
                .map(YamlMapping::foldLines)
                .filter(p -> !p.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n\n"));
    }

    private static String foldLines(String paragraph) {
        StringBuilder out = new StringBuilder();
        boolean previousListed = false;
        for (String raw : paragraph.strip().split("\n")) {
            String line = raw.strip().replaceAll("[ \\t]{2,}", " ");
            if (line.isEmpty()) {
                continue;
            }
            boolean listed = LIST_LINE.matcher(line).find();
            if (line.startsWith("•")) {
                line = "- " + line.substring(1).strip();
            }
            if (!out.isEmpty()) {
                out.append(listed || previousListed ? "\n" : " ");
            }
            out.append(line);
            previousListed = listed;
        }
        return out.toString();
    }
}
