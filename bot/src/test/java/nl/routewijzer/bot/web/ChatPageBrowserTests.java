package nl.routewijzer.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web chat page in a real browser (Debian's chromium + chromedriver): click through a route to its end,
 * check the links and the summary, reload and continue. Without a browser (a user's machine) the test is
 * skipped with a visible notice; with ROUTEWIJZER_REQUIRE_BROWSER=true (CI) a missing browser fails it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1")
class ChatPageBrowserTests {

    private static final File CHROMIUM = new File(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void openBrowser() throws Exception {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present) {
            String notice = "NOTICE: ChatPageBrowserTests skipped: no " + CHROMIUM + " / " + CHROMEDRIVER
                    + " (install Debian's chromium and chromium-driver to run it)";
            System.out.println(notice);
            assertThat("true".equals(System.getenv("ROUTEWIJZER_REQUIRE_BROWSER"))).as(notice).isFalse();
            assumeTrue(false, notice);
        }
        profile = Files.createTempDirectory("routewijzer-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(390, 844)); // a phone's width
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private List<WebElement> activeChoices() {
        return browser.findElements(By.cssSelector(".choice:not([disabled])"));
    }

    private void click(String label) {
        wait.until(d -> activeChoices().stream().anyMatch(b -> b.getText().equals(label)));
        int before = browser.findElements(By.cssSelector(".message")).size();
        activeChoices().stream().filter(b -> b.getText().equals(label)).findFirst().orElseThrow().click();
        wait.until(d -> d.findElements(By.cssSelector(".message")).size() > before + 1 && !activeChoices().isEmpty());
    }

    @Test
    void aRouteIsClickedThroughToItsEndWithLinksAndSummary() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.id("messages")).getAttribute("aria-live")).isEqualTo("polite");
        wait.until(d -> d.getPageSource().contains("Welkom bij Routewijzer"));

        click("VO · SWV Zuid-Holland West");
        assertThat(browser.getPageSource()).contains("Is er sprake van een schoolinschrijving?");
        click("Ja");
        click("Er zijn zorgen over beperkte aanwezigheid in de klas, het te laat komen van de leerling, etc.");

        List<WebElement> links = browser.findElements(By.cssSelector(".message.bot .links a"));
        assertThat(links).isNotEmpty();
        assertThat(links).allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("https://"));
        assertThat(browser.findElement(By.cssSelector(".message.bot:last-of-type ol")).getText()).contains("Registreer het verzuim");

        browser.findElement(By.id("input")).sendKeys("terug\n");
        wait.until(d -> activeChoices().size() == 3);
        click("Er zijn zorgen over het ziekteverzuim van een leerling.");
        assertThat(browser.getPageSource()).contains("Samenvatting", "Einde:", "Je bent nu klaar met het stappenplan.");
        assertThat(activeChoices()).extracting(WebElement::getText).containsExactly("Opnieuw", "Andere route");

        // A reload continues the same conversation (its id is kept in localStorage).
        browser.navigate().refresh();
        wait.until(d -> d.getPageSource().contains("Einde:") && !activeChoices().isEmpty());
        assertThat(activeChoices()).extracting(WebElement::getText).containsExactly("Opnieuw", "Andere route");
    }

    @Test
    void typedAnswersAndQuestionsWorkFromTheKeyboard() {
        browser.get("http://localhost:" + port + "/");
        wait.until(d -> d.getPageSource().contains("Welkom bij Routewijzer"));
        WebElement input = browser.findElement(By.id("input"));
        input.sendKeys("/start po-sppoh\n");
        wait.until(d -> d.getPageSource().contains("Is er sprake van een schoolinschrijving?"));
        browser.findElement(By.id("input")).sendKeys("wat is een MDO?\n");
        wait.until(d -> d.getPageSource().contains("Verder met de route?"));
        assertThat(browser.getPageSource()).contains("Bron:");
        assertThat(activeChoices()).extracting(WebElement::getText).containsExactly("Ja", "Nee");
    }
}
