package nl.routewijzer.routes.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.routewijzer.routes.model.Choice;
import nl.routewijzer.routes.model.End;
import nl.routewijzer.routes.model.Node;
import nl.routewijzer.routes.model.Question;
import nl.routewijzer.routes.model.Route;
import nl.routewijzer.routes.model.Step;

/**
 * Second validation stage: the meaning of a route whose shape was read. Every target exists, every node is
 * reachable from the start, only end nodes have no way on, ids are well-formed and labels distinct.
 */
public final class RouteValidator {

    /** Node ids travel in button values; Telegram allows 64 bytes of callback data in all. */
    static final int MAX_NODE_ID_LENGTH = 40;

    public List<Problem> validate(Route route, SourceMap sourceMap) {
        List<Problem> problems = new ArrayList<>();
        String file = sourceMap.file();
        String expectedId = file.replaceFirst("\\.ya?ml$", "");
        if (!route.id().isEmpty() && !route.id().equals(expectedId)) {
            problems.add(new Problem(file, 0, "", "Route id '" + route.id() + "' differs from the file name.",
                    "set 'id: " + expectedId + "' or rename the file to " + route.id() + ".yaml"));
        }
        Set<String> declared = sourceMap.declaredNodes();
        for (String nodeId : declared) {
            if (!nodeId.matches("[a-z0-9-]{1," + MAX_NODE_ID_LENGTH + "}")) {
                problems.add(new Problem(file, sourceMap.line(nodeId), nodeId,
                        "Node id must be 1-" + MAX_NODE_ID_LENGTH + " characters of a-z, 0-9 and '-'.",
                        "rename it, e.g. '" + suggestId(nodeId) + "', and every 'next' that points at it"));
            }
        }
        if (!route.startNodeId().isEmpty() && !declared.contains(route.startNodeId())) {
            problems.add(new Problem(file, 0, "", "start '" + route.startNodeId() + "' is not a node.",
                    "set 'start' to one of the node ids"));
        }
        for (Node node : route.nodes().values()) {
            checkNode(node, declared, sourceMap, problems);
        }
        checkReachable(route, sourceMap, problems);
        checkDocumentsUsed(route, file, problems);
        return problems;
    }

    private void checkNode(Node node, Set<String> declared, SourceMap sourceMap, List<Problem> problems) {
        int line = sourceMap.line(node.id());
        String file = sourceMap.file();
        switch (node) {
            case Question question -> {
                if (question.choices().size() < 2) {
                    problems.add(new Problem(file, line, node.id(), "A question needs at least two choices.",
                            "add the missing answers, or make it a step with 'next'"));
                }
                Set<String> labels = new HashSet<>();
                for (Choice choice : question.choices()) {
                    if (!choice.label().isEmpty() && !labels.add(choice.label().toLowerCase(Locale.ROOT))) {
                        problems.add(new Problem(file, line, node.id(), "Two choices are labelled '" + choice.label() + "'.",
                                "give each choice a label of its own"));
                    }
                    checkTarget(node, choice.next(), "choice '" + choice.label() + "'", declared, sourceMap, problems);
                }
            }
            case Step step -> checkTarget(node, step.next(), "next", declared, sourceMap, problems);
            case End end -> {
                // An end needs nothing more than its closing text, which the reader already required.
            }
        }
    }

    private void checkTarget(Node node, String target, String what, Set<String> declared, SourceMap sourceMap,
                             List<Problem> problems) {
        if (target.isEmpty()) {
            return; // already reported as missing by the reader
        }
        if (!declared.contains(target)) {
            problems.add(new Problem(sourceMap.file(), sourceMap.line(node.id()), node.id(),
                    what + " leads to '" + target + "', which is not a node.",
                    "point it at an existing node id or add a node '" + target + "'"));
        } else if (target.equals(node.id())) {
            problems.add(new Problem(sourceMap.file(), sourceMap.line(node.id()), node.id(),
                    what + " leads back to the node itself.", "point it at the next page"));
        }
    }

    private void checkReachable(Route route, SourceMap sourceMap, List<Problem> problems) {
        if (route.start() == null) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(route.startNodeId()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                route.node(id).ifPresent(n -> n.choices().forEach(c -> todo.push(c.next())));
            }
        }
        for (String id : route.nodes().keySet()) {
            if (!seen.contains(id)) {
                problems.add(new Problem(sourceMap.file(), sourceMap.line(id), id, "Node is not reachable from the start.",
                        "let a choice or 'next' lead to it, or remove it"));
            }
        }
    }

    private void checkDocumentsUsed(Route route, String file, List<Problem> problems) {
        Set<String> unused = new LinkedHashSet<>(route.documents().keySet());
        route.nodes().values().forEach(n -> n.page().readMore().forEach(r -> unused.remove(r.document().key())));
        // Documents are only shown through references, so an unused one is dead content.
        unused.forEach(key -> problems.add(new Problem(file, 0, "", "Document '" + key + "' is never used.",
                "refer to it from a readMore or remove it")));
    }

    private static String suggestId(String id) {
        String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > MAX_NODE_ID_LENGTH ? s.substring(0, MAX_NODE_ID_LENGTH) : s;
    }
}
