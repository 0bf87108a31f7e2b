package nl.routewijzer.routes.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the route files from a directory: the build's resources folder in tests and tools, or a folder of
 * edited routes that an operator points the bot at. (The packaged bot lists its classpath with Spring.)
 */
public final class RouteFiles {

    private RouteFiles() {
    }

    /** The route files of the {@code routes/} resource folder as exploded on the file system. */
    /**
     * The files of the {@code routes/} resource folder, whether it is a folder (a build) or inside a plain jar
     * (a module used from the local repository).
     */
    public static List<RouteSource> fromResourceFolder() {
        URL url = RouteFiles.class.getClassLoader().getResource("routes");
        if (url == null) {
            throw new IllegalStateException("routes/ is not on the classpath");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(url.toURI(), java.util.Map.of())) {
                    return fromDirectory(jar.getPath("/routes"));
                }
            }
            return fromDirectory(Path.of(url.toURI()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read routes/ from " + url, e);
        }
    }

    public static List<RouteSource> fromDirectory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted()
                    .map(RouteFiles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list route files in " + directory, e);
        }
    }

    private static RouteSource read(Path file) {
        try {
            return new RouteSource(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
