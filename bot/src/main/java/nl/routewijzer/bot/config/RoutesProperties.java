package nl.routewijzer.bot.config;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory a folder of route files to serve instead of the shipped ones (content editors can try an
 *                  edited route without a rebuild); empty: the routes packaged with the bot
 */
@ConfigurationProperties("routewijzer.routes")
public record RoutesProperties(Optional<Path> directory) {
}
