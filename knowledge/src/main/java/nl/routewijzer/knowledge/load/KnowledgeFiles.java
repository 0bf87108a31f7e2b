package nl.routewijzer.knowledge.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the knowledge files from a folder: the build's resources in tests and tools. */
public final class KnowledgeFiles {

    private KnowledgeFiles() {
    }

    public static List<KnowledgeSource> fromResourceFolder() {
        URL url = KnowledgeFiles.class.getClassLoader().getResource("knowledge");
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("knowledge/ is not a folder on the classpath: " + url);
        }
        try {
            return fromDirectory(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<KnowledgeSource> fromDirectory(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml"))
                    .sorted()
                    .map(f -> new KnowledgeSource(root.relativize(f).toString(), read(f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
