package nl.routewijzer.bot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads content files packaged with the bot (routes, knowledge) from the classpath, also from inside the
 * fat jar, each with its path below a root folder.
 */
public final class PackagedContent {

    /** A content file: its path below the root folder ("documents/x/01-a.md") and its text. */
    public record File(String path, String text) {
    }

    private PackagedContent() {
    }

    /**
     * @param root     the folder on the classpath, e.g. "knowledge"
     * @param patterns Ant-style patterns below it, e.g. "**&#47;*.md"
     */
    public static List<File> read(String root, String... patterns) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<File> files = new ArrayList<>();
        try {
            for (String pattern : patterns) {
                for (Resource resource : resolver.getResources("classpath*:" + root + "/" + pattern)) {
                    String url = resource.getURL().toString();
                    String path = url.substring(url.lastIndexOf("/" + root + "/") + root.length() + 2);
                    try (InputStream in = resource.getInputStream()) {
                        files.add(new File(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged " + root, e);
        }
        return files;
    }
}
