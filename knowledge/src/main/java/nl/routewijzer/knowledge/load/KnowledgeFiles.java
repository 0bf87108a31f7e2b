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

    /**
     * The files of the {@code knowledge/} resource folder, whether it is a folder (a build) or inside a plain jar
     * (a module used from the local repository).
     */
    public static List<KnowledgeSource> fromResourceFolder() {
        URL url = KnowledgeFiles.class.getClassLoader().getResource("knowledge");
        if (url == null) {
            throw new IllegalStateException("knowledge/ is not on the classpath");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(url.toURI(), java.util.Map.of())) {
                    return fromDirectory(jar.getPath("/knowledge"));
                }
            }
            return fromDirectory(Path.of(url.toURI()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read knowledge/ from " + url, e);
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
