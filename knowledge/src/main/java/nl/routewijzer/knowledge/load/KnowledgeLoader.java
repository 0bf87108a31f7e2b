package nl.routewijzer.knowledge.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.EntryLink;
import nl.routewijzer.knowledge.model.Example;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.knowledge.model.Term;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the knowledge files (docs/knowledge-format.md) into a {@link KnowledgeBase}, checking every file
 * and reporting all problems at once.
 */
public final class KnowledgeLoader {

    public KnowledgeBase load(List<KnowledgeSource> sources) {
        List<ContentProblem> problems = new ArrayList<>();
        List<KnowledgeEntry> entries = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        List<List<String>> synonyms = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        for (KnowledgeSource source : sources) {
            String name = source.path().replace('\\', '/');
            try {
                if (name.endsWith(".md")) {
                    readSection(source, problems).ifPresent(entries::add);
                } else if (name.endsWith("references.yaml")) {
                    entries.addAll(readReferences(source, problems));
                } else if (name.endsWith("glossary.yaml")) {
                    readGlossary(source, problems, entries, terms);
                } else if (name.endsWith("synonyms.yaml")) {
                    synonyms.addAll(readSynonyms(source, problems));
                } else if (name.endsWith("examples.yaml")) {
                    examples.addAll(readExamples(source, problems));
                }
            } catch (RuntimeException e) {
                problems.add(new ContentProblem(name, "", "Cannot be read: " + e.getMessage(), "check the YAML syntax"));
            }
        }
        Set<String> ids = new HashSet<>();
        for (KnowledgeEntry entry : entries) {
            if (!ids.add(entry.id())) {
                problems.add(new ContentProblem(entry.id(), "", "The id is used twice.", "give every entry its own id"));
            }
        }
        if (entries.isEmpty()) {
            problems.add(new ContentProblem("knowledge/", "", "No knowledge was found.", "add documents and references"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
        return new KnowledgeBase(entries, terms, synonyms, Map.of(), examples);
    }

    private Optional<KnowledgeEntry> readSection(KnowledgeSource source, List<ContentProblem> problems) {
        String text = source.text().replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            problems.add(new ContentProblem(source.path(), "", "No front matter.", "start the file with --- and the fields"));
            return Optional.empty();
        }
        int end = text.indexOf("\n---", 4);
        if (end < 0) {
            problems.add(new ContentProblem(source.path(), "", "The front matter is not closed.", "end it with a --- line"));
            return Optional.empty();
        }
        Map<?, ?> front = yaml().load(text.substring(4, end));
        String body = text.substring(text.indexOf('\n', end + 1) + 1).strip();
        YamlFields f = new YamlFields(front == null ? Map.of() : front, source.path(), "", problems);
        KnowledgeEntry entry = new KnowledgeEntry(f.required("id"), EntryKind.SECTION, f.optional("swv"), f.list("routes"),
                f.required("document"), f.optional("chapter"), f.required("section"), f.url(), body, List.of());
        if (body.isEmpty()) {
            problems.add(new ContentProblem(source.path(), "", "The section has no text.", "write the section's text"));
        }
        return Optional.of(entry);
    }

    private List<KnowledgeEntry> readReferences(KnowledgeSource source, List<ContentProblem> problems) {
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (Map<?, ?> item : items(source, problems)) {
            YamlFields f = new YamlFields(item, source.path(), "entry " + item.get("id"), problems);
            List<String> topics = f.list("topics");
            if (topics.isEmpty()) {
                problems.add(new ContentProblem(source.path(), "entry " + item.get("id"), "No topics.",
                        "add the topics the tool gives the reference for"));
            }
            String chapter = f.optional("chapter").orElse("");
            String body = String.join("\n", f.optional("context").map(List::of).orElse(List.of()));
            List<EntryLink> links = new ArrayList<>(KnowledgeEntry.linksIn(body));
            links.addAll(f.links("links"));
            entries.add(new KnowledgeEntry(f.required("id"), EntryKind.REFERENCE, f.optional("swv"), f.list("routes"),
                    f.required("document"), f.optional("chapter"), chapter.isEmpty() ? f.required("document") : chapter,
                    f.url(), body, topics, links));
        }
        return entries;
    }

    private void readGlossary(KnowledgeSource source, List<ContentProblem> problems, List<KnowledgeEntry> entries,
                              List<Term> terms) {
        int index = 0;
        for (Map<?, ?> item : items(source, problems)) {
            index++;
            YamlFields f = new YamlFields(item, source.path(), "term " + item.get("term"), problems);
            String term = f.required("term");
            Optional<String> expansion = f.optional("expansion");
            List<String> aliases = f.list("aliases");
            terms.add(new Term(term, expansion, aliases));
            List<String> keywords = new ArrayList<>();
            keywords.add(term);
            expansion.ifPresent(keywords::add);
            keywords.addAll(aliases);
            String id = "term-" + index + "-" + term.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            entries.add(new KnowledgeEntry(id, EntryKind.TERM, f.optional("swv"), f.list("routes"), f.required("document"),
                    f.optional("chapter"), term + expansion.map(e -> " (" + e + ")").orElse(""), f.url(),
                    f.required("definition"), keywords));
        }
    }

    private List<List<String>> readSynonyms(KnowledgeSource source, List<ContentProblem> problems) {
        Object root = yaml().load(source.text());
        List<List<String>> groups = new ArrayList<>();
        if (root instanceof List<?> list) {
            for (Object group : list) {
                if (group instanceof List<?> words && words.size() >= 2) {
                    groups.add(words.stream().map(String::valueOf).toList());
                } else {
                    problems.add(new ContentProblem(source.path(), "group " + group, "A synonym group needs two or more words.",
                            "write [woord, synoniem, ...]"));
                }
            }
        }
        return groups;
    }

    private List<Example> readExamples(KnowledgeSource source, List<ContentProblem> problems) {
        List<Example> examples = new ArrayList<>();
        int index = 0;
        for (Map<?, ?> item : items(source, problems)) {
            index++;
            YamlFields f = new YamlFields(item, source.path(), "example " + index, problems);
            String question = f.required("question");
            List<String> answer = f.list("answer");
            if (answer.isEmpty()) {
                problems.add(new ContentProblem(source.path(), "example " + index, "No answer.",
                        "add answer: [\"words the right answer holds\"]"));
            } else {
                examples.add(new Example(question, answer));
            }
        }
        return examples;
    }

    private List<Map<?, ?>> items(KnowledgeSource source, List<ContentProblem> problems) {
        Object root = yaml().load(source.text());
        if (!(root instanceof List<?> list)) {
            problems.add(new ContentProblem(source.path(), "", "The file must be a list of entries.", "start each with '- '"));
            return List.of();
        }
        List<Map<?, ?>> items = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                items.add(map);
            } else {
                problems.add(new ContentProblem(source.path(), "", "An entry is not a mapping: " + item, "write key: value lines"));
            }
        }
        return items;
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
