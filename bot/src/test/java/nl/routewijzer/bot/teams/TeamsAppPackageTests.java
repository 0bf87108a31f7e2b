package nl.routewijzer.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nl.routewijzer.bot.conversation.Command;
import org.junit.jupiter.api.Test;

/** The Teams app package in deploy/teams: a manifest Teams accepts, and commands the bot understands. */
class TeamsAppPackageTests {

    private static final Path PACKAGE = Path.of("..", "deploy", "teams");

    @Test
    void theManifestDeclaresTheBotInEveryScope() throws IOException {
        JsonNode manifest = manifest();

        assertThat(manifest.path("$schema").asText()).matches("https://developer\\.microsoft\\.com/json-schemas/teams/v1\\.\\d+/MicrosoftTeams\\.schema\\.json");
        assertThat(manifest.path("$schema").asText()).contains("/v" + manifest.path("manifestVersion").asText() + "/");
        assertThat(manifest.path("id").asText()).isEqualTo("{{APP_ID}}");
        JsonNode bot = manifest.path("bots").path(0);
        assertThat(bot.path("botId").asText()).isEqualTo("{{APP_ID}}");
        assertThat(texts(bot.path("scopes"))).containsExactlyInAnyOrder("personal", "team", "groupChat");
        assertThat(manifest.path("name").path("short").asText()).hasSizeLessThanOrEqualTo(30);
        assertThat(manifest.path("description").path("short").asText()).hasSizeLessThanOrEqualTo(80);
        assertThat(manifest.path("description").path("full").asText()).hasSizeLessThanOrEqualTo(4000);
    }

    @Test
    void everyMenuCommandIsOneTheBotUnderstands() throws IOException {
        JsonNode commandList = manifest().path("bots").path(0).path("commandLists").path(0);
        List<String> titles = new ArrayList<>();
        commandList.path("commands").forEach(c -> {
            titles.add(c.path("title").asText());
            assertThat(c.path("title").asText()).hasSizeLessThanOrEqualTo(32);
            assertThat(c.path("description").asText()).isNotBlank().hasSizeLessThanOrEqualTo(128);
        });

        assertThat(titles).hasSizeLessThanOrEqualTo(12)
                .containsExactly("start", "terug", "opnieuw", "samenvatting", "help", "vergeet");
        assertThat(titles).allSatisfy(title -> assertThat(Command.parse(TeamsMessageReader.fromCommandMenu(title)))
                .as(title).isPresent());
        assertThat(Command.parse(TeamsMessageReader.fromCommandMenu("vergeet"))).containsInstanceOf(Command.Forget.class);
    }

    @Test
    void theIconsHaveTheSizesTeamsRequires() throws IOException {
        BufferedImage color = ImageIO.read(PACKAGE.resolve("color.png").toFile());
        BufferedImage outline = ImageIO.read(PACKAGE.resolve("outline.png").toFile());

        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int argb = outline.getRGB(x, y);
                boolean transparent = (argb >>> 24) == 0;
                assertThat(transparent || (argb & 0xFFFFFF) == 0xFFFFFF).as("outline pixel %d,%d white or transparent", x, y)
                        .isTrue();
            }
        }
        int accent = Integer.parseInt(manifest().path("accentColor").asText().substring(1), 16);
        assertThat(color.getRGB(2, 2) & 0xFFFFFF).as("background is the accent colour").isEqualTo(accent);
    }

    private static JsonNode manifest() throws IOException {
        return Serialization.jsonToTree(Files.readString(PACKAGE.resolve("manifest.json")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
