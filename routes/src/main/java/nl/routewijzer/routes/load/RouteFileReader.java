package nl.routewijzer.routes.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.routewijzer.routes.model.Choice;
import nl.routewijzer.routes.model.Document;
import nl.routewijzer.routes.model.End;
import nl.routewijzer.routes.model.Link;
import nl.routewijzer.routes.model.Node;
import nl.routewijzer.routes.model.Page;
import nl.routewijzer.routes.model.Question;
import nl.routewijzer.routes.model.Reference;
import nl.routewijzer.routes.model.Route;
import nl.routewijzer.routes.model.Step;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * First validation stage: reads the shape of one route file (keys, types, kinds, texts, URLs) into a
 * {@link Route}, collecting every shape problem with its line. Meaning (targets, reachability) is checked
 * afterwards by {@link RouteValidator}.
 */
public final class RouteFileReader {

    private static final Set<String> TOP_KEYS = Set.of("id", "title", "region", "schoolType", "version", "source",
            "intro", "start", "documents", "nodes");
    private static final Set<String> NODE_KEYS = Set.of("kind", "phase", "looptijd", "title", "text", "actions",
            "notes", "readMore", "links", "choices", "next", "end");

    /** The outcome of reading one file: the route if its shape allowed one, and what was wrong. */
    public record Result(Optional<Route> route, SourceMap sourceMap, List<Problem> problems) {
    }

    public Result read(RouteSource source) {
        String file = source.fileName();
        List<Problem> problems = new ArrayList<>();
        SourceMap sourceMap = new SourceMap(file);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(source.yaml()));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(file, line, "", "The file is not valid YAML: " + e.getProblem() + ".",
                    "check the indentation and quoting around this line"));
            return new Result(Optional.empty(), sourceMap, problems);
        }
        if (root == null) {
            problems.add(new Problem(file, 0, "", "The file is empty.", "write a route as in docs/route-format.md"));
            return new Result(Optional.empty(), sourceMap, problems);
        }
        Optional<YamlMapping> top = YamlMapping.of(file, "", root, "The route file", problems);
        if (top.isEmpty()) {
            return new Result(Optional.empty(), sourceMap, problems);
        }
        Route route = readRoute(top.get(), source, sourceMap, problems);
        return new Result(Optional.of(route), sourceMap, problems);
    }

    private Route readRoute(YamlMapping top, RouteSource source, SourceMap sourceMap, List<Problem> problems) {
        top.allowOnly(TOP_KEYS);
        String id = top.requiredText("id", "add 'id: <route-id>' equal to the file name");
        String title = top.requiredText("title", "add the route's title");
        String region = top.requiredText("region", "add the samenwerkingsverband and its region");
        String schoolType = top.requiredText("schoolType", "add 'schoolType: PO' or 'schoolType: VO'");
        if (!schoolType.isEmpty() && !Set.of("PO", "VO").contains(schoolType)) {
            top.problem(top.line("schoolType"), "schoolType '" + schoolType + "' is unknown.", "use PO or VO");
        }
        String version = top.requiredText("version", "add the version of the source, e.g. version: \"1.0\"");
        String sourceText = top.requiredText("source", "name the source document the route is taken from");
        String intro = top.requiredText("intro", "add the short introduction shown when the route starts");
        String start = top.requiredText("start", "add 'start: <node-id>' naming the first node");

        Map<String, Document> documents = readDocuments(top, problems);
        Map<String, Node> nodes = new LinkedHashMap<>();
        top.raw("nodes").flatMap(n -> YamlMapping.of(source.fileName(), "", n, "'nodes'", problems)).ifPresentOrElse(
                nodeMap -> {
                    for (String nodeId : nodeMap.keys()) {
                        sourceMap.declare(nodeId, nodeMap.line(nodeId));
                        nodeMap.raw(nodeId)
                                .flatMap(n -> YamlMapping.of(source.fileName(), nodeId, n, "A node", problems))
                                .flatMap(n -> readNode(nodeId, n, documents))
                                .ifPresent(node -> nodes.put(nodeId, node));
                    }
                },
                () -> top.problem(top.line(), "'nodes' is missing.", "add 'nodes:' with the route's pages"));
        return new Route(id, title, region, schoolType, version, fingerprint(source.yaml()), sourceText, intro,
                start, documents, nodes);
    }

    private Map<String, Document> readDocuments(YamlMapping top, List<Problem> problems) {
        Map<String, Document> documents = new LinkedHashMap<>();
        top.raw("documents").flatMap(d -> YamlMapping.of(top.file(), "", d, "'documents'", problems))
                .ifPresent(docs -> {
                    for (String key : docs.keys()) {
                        docs.raw(key).flatMap(d -> YamlMapping.of(top.file(), "", d, "Document '" + key + "'", problems))
                                .ifPresent(doc -> {
                                    doc.allowOnly(Set.of("title", "url"));
                                    String title = doc.requiredText("title", "add the document's title");
                                    String url = doc.requiredText("url", "add the https address of the document");
                                    checkUrl(doc, doc.line("url"), url);
                                    documents.put(key, new Document(key, title, url));
                                });
                    }
                });
        return documents;
    }

    private Optional<Node> readNode(String nodeId, YamlMapping yaml, Map<String, Document> documents) {
        yaml.allowOnly(NODE_KEYS);
        String kind = yaml.requiredText("kind", "add 'kind: question', 'kind: step' or 'kind: end'");
        String text = yaml.requiredText("text", "add the page's text or question");
        List<Reference> readMore = new ArrayList<>();
        for (YamlMapping ref : yaml.mappings("readMore")) {
            ref.allowOnly(Set.of("topic", "document", "chapter"));
            String topic = ref.requiredText("topic", "add the topic: the X of 'Wil je meer lezen over X?'");
            String docKey = ref.requiredText("document", "add the key of a document listed under 'documents'");
            Document document = documents.get(docKey);
            if (document == null && !docKey.isEmpty()) {
                ref.problem(ref.line("document"), "readMore names document '" + docKey + "', which is not under 'documents'.",
                        "use one of " + documents.keySet() + " or add '" + docKey + "' to 'documents'");
            }
            if (document != null) {
                readMore.add(new Reference(topic, document, ref.optionalText("chapter")));
            }
        }
        List<Link> links = new ArrayList<>();
        for (YamlMapping link : yaml.mappings("links")) {
            link.allowOnly(Set.of("title", "url"));
            String title = link.requiredText("title", "add the link's title");
            String url = link.requiredText("url", "add the link's https address");
            checkUrl(link, link.line("url"), url);
            links.add(new Link(title, url));
        }
        Page page = new Page(yaml.optionalText("phase"), yaml.optionalText("looptijd"), yaml.optionalText("title"),
                text, yaml.texts("actions"), yaml.texts("notes"), readMore, links);
        return switch (kind) {
            case "question" -> {
                rejectKeys(yaml, kind, "next", "end");
                List<Choice> choices = new ArrayList<>();
                for (YamlMapping choice : yaml.mappings("choices")) {
                    choice.allowOnly(Set.of("label", "next"));
                    choices.add(new Choice(choice.requiredText("label", "add the button text"),
                            choice.requiredText("next", "add the id of the node this answer leads to")));
                }
                yield Optional.of(new Question(nodeId, page, choices));
            }
            case "step" -> {
                rejectKeys(yaml, kind, "choices", "end");
                yield Optional.of(new Step(nodeId, page, yaml.requiredText("next", "add 'next: <node-id>' for the Volgende button")));
            }
            case "end" -> {
                rejectKeys(yaml, kind, "choices", "next");
                yield Optional.of(new End(nodeId, page, yaml.requiredText("end", "add the closing text ('Einde: ...') of the page")));
            }
            case "" -> Optional.empty();
            default -> {
                yaml.problem(yaml.line("kind"), "kind '" + kind + "' is unknown.", "use question, step or end");
                yield Optional.empty();
            }
        };
    }

    private static void rejectKeys(YamlMapping yaml, String kind, String... keys) {
        for (String key : keys) {
            if (yaml.has(key)) {
                String fix = switch (kind) {
                    case "question" -> "a question goes on through its choices: remove '" + key + "'";
                    case "step" -> "a step goes on through 'next' only: remove '" + key + "' or make it a question";
                    default -> "an end node has no way on: remove '" + key + "' or make it a step or question";
                };
                String article = kind.equals("end") ? "An " : "A ";
                yaml.problem(yaml.line(key), article + kind + " node cannot have '" + key + "'.", fix);
            }
        }
    }

    private static void checkUrl(YamlMapping yaml, int line, String url) {
        if (!url.isEmpty() && !url.matches("https://[^\\s]+")) {
            yaml.problem(line, "URL '" + url + "' is not an https address.", "use the https:// address of the page");
        }
    }

    private static String fingerprint(String yaml) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(yaml.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
