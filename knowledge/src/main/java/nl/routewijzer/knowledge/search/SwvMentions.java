package nl.routewijzer.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.analysis.DutchAnalysis;
import nl.routewijzer.knowledge.model.KnowledgeEntry;

/**
 * Recognises a samenwerkingsverband named in a question ("... in Zuid-Holland West?", "bij SPPOH"). The name
 * says which SWV's documents to prefer; it is not what the question is about, so it is taken out of the
 * words searched for.
 */
final class SwvMentions {

    /**
     * What a question says about its samenwerkingsverband, and the question without the name.
     *
     * @param routes the route ids of the named SWV: entries name their SWV in several ways ("SPPOH", "SPPOH
     *               (Passend Primair Onderwijs Haaglanden)"), their routes identify it
     */
    record Mention(Optional<Set<String>> routes, String rest) {
    }

    /**
     * A name or place and the routes it stands for. Looked for only where the question holds its words at all: a
     * plain substring test is far cheaper than a pattern's scan, and most questions name none of them.
     */
    private record Known(Pattern pattern, Set<String> routes) {
    }

    /** By the folded name. */
    private final Map<String, Known> names = new LinkedHashMap<>();

    /**
     * A place a samenwerkingsverband serves ("in Oss"), and its routes: it says which SWV is meant, but unlike the
     * SWV's name it may also be what is asked about ("het POZO in Rijswijk"), so it stays in the question.
     */
    private final Map<String, Known> places = new LinkedHashMap<>();

    SwvMentions(List<KnowledgeEntry> entries, Map<String, List<String>> placeRoutes) {
        placeRoutes.forEach((place, routes) -> {
            String folded = DutchAnalysis.fold(place).strip();
            places.put(folded, new Known(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(folded)
                    + "(?![\\p{L}\\p{N}])"), Set.copyOf(routes)));
        });
        for (KnowledgeEntry entry : entries) {
            if (entry.swv().isEmpty() || entry.routes().isEmpty()) {
                continue;
            }
            for (String name : namesOf(entry.swv().get())) {
                names.computeIfAbsent(name, n -> new Known(Pattern.compile("(?<![\\p{L}\\p{N}])(swv |samenwerkingsverband )?"
                        + Pattern.quote(n) + "(?![\\p{L}\\p{N}])"), new java.util.HashSet<>()))
                        .routes().addAll(entry.routes());
            }
        }
    }

    /** "SWV Zuid-Holland West" -> "zuid-holland west"; "SPPOH (Passend Primair Onderwijs Haaglanden)" -> both. */
    private static List<String> namesOf(String swv) {
        List<String> result = new ArrayList<>();
        String folded = DutchAnalysis.fold(swv).strip();
        Matcher paren = Pattern.compile("^(.*?)\\s*\\((.*)\\)\\s*$").matcher(folded);
        String main = paren.matches() ? paren.group(1) : folded;
        if (paren.matches() && !paren.group(2).contains(",")) {
            result.add(paren.group(2).strip());
        }
        result.add(main.replaceFirst("^swv\\s+", "").strip());
        return result.stream().filter(n -> n.length() >= 4).toList();
    }

    /**
     * @param routeId the active route: the kind of school its samenwerkingsverband is for ("in het vo" asked in a
     *                VO route) says no more than the route does, and is left out too
     */
    Mention find(String foldedQuestion, Optional<String> routeId) {
        Optional<Set<String>> named = Optional.empty();
        String rest = foldedQuestion;
        for (Map.Entry<String, Known> name : names.entrySet()) {
            if (!foldedQuestion.contains(name.getKey())) {
                continue;
            }
            Matcher matcher = name.getValue().pattern().matcher(foldedQuestion);
            if (matcher.find()) {
                named = Optional.of(name.getValue().routes());
                rest = matcher.replaceAll(" ");
                break;
            }
        }
        for (Map.Entry<String, Known> place : places.entrySet()) {
            if (named.isPresent()) {
                break;
            }
            if (foldedQuestion.contains(place.getKey()) && place.getValue().pattern().matcher(foldedQuestion).find()) {
                named = Optional.of(place.getValue().routes());
            }
        }
        Pattern sector = routeId.map(id -> SECTORS.get(id.substring(0, Math.max(0, id.indexOf('-'))))).orElse(null);
        return new Mention(named, sector == null ? rest : sector.matcher(rest).replaceAll(" "));
    }

    /** The kinds of school, by the prefix of their routes' ids ("vo-zhw"), in the words a question names them. */
    private static final Map<String, Pattern> SECTORS = Map.of(
            "vo", Pattern.compile("(?<![\\p{L}\\p{N}])(in het |het )?(vo|voortgezet onderwijs|middelbare school)(?![\\p{L}\\p{N}-])"),
            "po", Pattern.compile("(?<![\\p{L}\\p{N}])(in het |het )?(po|primair onderwijs|basisonderwijs)(?![\\p{L}\\p{N}-])"));
}
