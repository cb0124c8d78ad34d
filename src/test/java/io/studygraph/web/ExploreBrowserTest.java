package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser against the real server, the way a student explores: home page → search box
 * → a paper's view → the explorer, grown by expanding a node → an author's works → paths between
 * two things, including the message for a pair too far apart. Assertions are on what the pages
 * show.
 */
class ExploreBrowserTest {
    private static final String BEAT_GANS = "Diffusion Models Beat GANs on Image Synthesis";
    private static final String DDPM = "Denoising Diffusion Probabilistic Models";
    private static final String IDDPM = "Improved Denoising Diffusion Probabilistic Models";
    private static final String YANNIC_VIDEO = "DDPM - Diffusion Models Beat GANs on Image Synthesis (Machine Learning Research Paper Explained)";
    private static final Pattern SHOWN = Pattern.compile("(\\d+) entities shown");

    @TempDir
    static Path dir;
    private static TestServer server;
    private static Browser browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        browser = Browser.start(1280, 1000);
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        server.close();
    }

    @Test
    void a_student_searches_opens_a_paper_grows_its_graph_and_reaches_an_author() {
        // Home: the field by year and a graph to start from.
        browser.open(server.uri("/").toString());
        browser.waitForText("#years", DDPM);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#start-graph canvas")));
        assertThat(text("#years")).contains("2020", "2021", "2022", BEAT_GANS);
        assertThat(text(".topbar__nav")).contains("Home", "Explore", "Paths", "SPARQL");
        browser.screenshot("explore-walk-1-home");

        // Search: type in the top bar and pick the suggestion.
        WebElement box = browser.driver.findElement(By.id("searchbox-input"));
        // A suggestion found by another name than its title says which.
        box.sendKeys("ddpm");
        WebElement byOtherName = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//ul[@id='searchbox-list']/li[@role='option'][.//span[@class='searchbox__label'][normalize-space()='" + DDPM + "']]")));
        assertThat(byOtherName.findElement(By.className("searchbox__matched")).getText()).isEqualTo("(DDPM)");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        box.sendKeys("beat gans");
        WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//ul[@id='searchbox-list']/li[@role='option'][.//span[@class='searchbox__label'][normalize-space()='" + BEAT_GANS + "']]")));
        option.click();

        // The paper's view: title, authors, what to read before and after it by date, its neighbourhood graph.
        browser.waitForText("h1", BEAT_GANS);
        browser.waitForText(".byline", "Prafulla Dhariwal");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graph-card canvas")));
        String order = text("section[aria-labelledby='reading-order-title']");
        assertThat(order).contains("2020", DDPM, "cites", "This paper", "built on by", "Read before", "Read after");
        assertThat(order.indexOf(DDPM)).isLessThan(order.indexOf("This paper"));
        assertThat(text(".graph-card__status")).matches("\\d+ entities · \\d+ links.*");
        browser.screenshot("explore-walk-2-paper");

        // The explorer, opened from the paper, grows when a neighbour is expanded.
        browser.driver.findElement(By.cssSelector(".entity-actions")).findElement(By.partialLinkText("Open in explorer")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
        browser.waitForText("#graph-status", "entities shown");
        int before = shown();
        assertThat(before).isGreaterThan(5);
        selectInList(DDPM);
        browser.waitForText("#selection h2", DDPM);
        browser.waitForText("#selection", "Jonathan Ho");
        browser.driver.findElement(By.cssSelector("#selection [data-action='expand']")).click();
        wait.until(d -> shown() > before);
        idle();
        int after = shown();
        assertThat(text("#kind-filters")).contains("Papers", "Concepts");
        assertThat(browser.driver.getCurrentUrl()).contains("x=");
        browser.screenshot("explore-walk-3-expanded");

        // Back undoes the expansion; forward brings it back.
        browser.driver.navigate().back();
        wait.until(d -> shown() == before);
        browser.driver.navigate().forward();
        wait.until(d -> shown() == after);

        // A kind filter hides, and says so.
        browser.driver.findElement(By.cssSelector("#kind-filters input[value='concept']")).click();
        browser.waitForText("#graph-status", "hidden by filters");
        assertThat(shown()).isLessThan(after);
        assertThat(browser.driver.getCurrentUrl()).contains("hide=concept");

        // An author: selected in the graph, opened, works in date order.
        selectInList("Alex Nichol");
        browser.waitForText("#selection h2", "Alex Nichol");
        browser.driver.findElement(By.cssSelector("#selection h2 a")).click();
        browser.waitForText("h1", "Alex Nichol");
        browser.waitForText("section[aria-labelledby='works-title']", IDDPM);
        String works = text("section[aria-labelledby='works-title']");
        assertThat(works).contains("author", "2021", BEAT_GANS);
        assertThat(works.indexOf(IDDPM)).as("Feb 2021 before May 2021").isLessThan(works.indexOf(BEAT_GANS));
        assertThat(text("section[aria-labelledby='coauthors-title']")).contains("Prafulla Dhariwal", "2 shared works");
        assertThat(text("#trail")).containsIgnoringCase("recently visited").contains(BEAT_GANS);
        browser.screenshot("explore-walk-4-author");
    }

    @Test
    void paths_are_picked_by_typing_read_as_sentences_swap_and_say_when_too_far() {
        browser.open(server.uri("/path.html").toString());
        pick("from", "yannic", "Yannic Kilcher");
        pick("to", "improved denoising", IDDPM);
        browser.driver.findElement(By.cssSelector(".path-form__submit")).click();
        browser.waitForText(".paths", IDDPM);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".path-graph canvas")));
        assertThat(chain(0)).isEqualTo("Yannic Kilcher — presents → " + YANNIC_VIDEO + " — explains → " + IDDPM);
        assertThat(browser.driver.getCurrentUrl()).contains("from=" + TestServer.encode(TestServer.ID + "person/yannic-kilcher"),
                "to=" + TestServer.encode(TestServer.ID + "paper/arxiv-2102.09672"));
        browser.screenshot("explore-path-yannic");

        browser.driver.findElement(By.id("swap")).click();
        wait.until(d -> chain(0).startsWith(IDDPM));
        assertThat(chain(0)).endsWith("Yannic Kilcher");

        browser.open(server.uri("/path.html?from=" + TestServer.encode(TestServer.ID + "org/computerphile")
                + "&to=" + TestServer.encode(TestServer.ID + "paper/arxiv-2211.17091")).toString());
        browser.waitForText(".paths", "Refining Generative Process with Discriminator Guidance");
        assertThat(chain(0)).startsWith("Computerphile — channel of → ");

        new Select(browser.driver.findElement(By.id("max"))).selectByVisibleText("1");
        browser.driver.findElement(By.cssSelector(".path-form__submit")).click();
        browser.waitForText("#path-results-body", "Not connected within 1 hop");
        assertThat(browser.driver.getCurrentUrl()).contains("max=1");
        browser.screenshot("explore-path-too-far");
        browser.driver.navigate().back();
        browser.waitForText(".paths", "Computerphile");
    }

    @Test
    void the_explorer_starts_from_its_picker_shows_more_of_a_capped_node_and_exports_a_png() throws IOException {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.open(server.uri("/explore.html?limit=3").toString());
        browser.waitForText("#graph", "Where to start?");
        WebElement input = browser.driver.findElement(By.id("start-input"));
        input.sendKeys("beat gan");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#start-input-list [role=option]")));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForText("#graph-status", "4 entities shown");
        WebElement more = browser.waitFor("#selection [data-action='more']");
        assertThat(more.getText()).isEqualTo("+14 more");
        more.click();
        wait.until(d -> shown() > 4);
        assertThat(text("#selection")).doesNotContain("more not shown");
        assertThat(browser.driver.getCurrentUrl()).contains("x=17%3A");

        idle();
        browser.driver.findElement(By.cssSelector("[data-tool='png']")).click();
        Path png = downloads.resolve("studygraph-Diffusion-Models-Beat-GANs-on-Image-Synthesis.png");
        wait.until(d -> Files.exists(png) && png.toFile().length() > 1000);
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
    }

    @Test
    void labels_from_the_data_stay_text_on_every_view() {
        String html = "<img src=x id=injected onerror=alert(1)>";
        String turtle = "@prefix schema: <https://schema.org/> .\n<" + TestServer.ID + "paper/test-markup> a schema:ScholarlyArticle ;\n"
                + "    schema:name \"" + html + "\" ;\n    schema:mentions <" + TestServer.ID + "concept/gan> .\n";
        assertThat(server.importFile("name=markup.ttl", "text/turtle", turtle).statusCode()).isEqualTo(200);
        String markup = TestServer.encode(TestServer.ID + "paper/test-markup");

        browser.open(server.uri("/id/paper/test-markup").toString());
        browser.waitForText("h1", html);
        browser.open(server.uri("/id/concept/gan").toString());
        browser.waitForText("section[aria-labelledby='appears-title']", html);
        assertThat(text("#trail")).contains(html);
        browser.open(server.uri("/explore.html?iri=" + markup + "&depth=2").toString());
        browser.waitForText("#selection h2", html);
        browser.open(server.uri("/path.html?from=" + markup + "&to=" + TestServer.encode(TestServer.ID + "person/jonathan-ho")).toString());
        browser.waitForText(".paths", html);
        assertThat(browser.driver.findElements(By.id("injected"))).isEmpty();
    }

    @Test
    void on_a_phone_the_explorer_and_paths_fit_the_screen() {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.open(server.uri("/explore.html?iri=" + TestServer.encode(TestServer.ID + "paper/arxiv-2105.05233")).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
            browser.waitForText("#graph-status", "entities shown");
            assertThat(scrollWidth()).isLessThanOrEqualTo(390);
            browser.screenshot("explore-phone");

            browser.open(server.uri("/path.html?from=" + TestServer.encode(TestServer.ID + "person/yannic-kilcher")
                    + "&to=" + TestServer.encode(TestServer.ID + "paper/arxiv-2102.09672")).toString());
            browser.waitForText(".paths", IDDPM);
            assertThat(scrollWidth()).isLessThanOrEqualTo(390);
            browser.screenshot("explore-path-phone");
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void selectInList(String label) {
        WebElement list = browser.driver.findElement(By.cssSelector(".entity-list-panel"));
        if (list.getDomAttribute("open") == null) list.findElement(By.tagName("summary")).click();
        browser.driver.findElement(By.xpath("//button[contains(@class,'entity-list__item')][normalize-space()=\"" + label + "\"]")).click();
    }

    // Types into a picker and chooses the suggestion with that label by mouse.
    private static void pick(String id, String typed, String label) {
        browser.driver.findElement(By.id(id)).sendKeys(typed);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//ul[@id='" + id
                + "-list']/li[@role='option'][.//span[@class='searchbox__label'][normalize-space()=\"" + label + "\"]]"))).click();
        wait.until(d -> label.equals(d.findElement(By.id(id)).getDomProperty("value")));
    }

    // The explorer marks its canvas busy while it loads or lays out.
    private static void idle() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph:not([aria-busy])")));
    }

    private static int shown() {
        Matcher matcher = SHOWN.matcher(text("#graph-status"));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static String chain(int index) {
        List<WebElement> chains = browser.driver.findElements(By.cssSelector(".paths .chain"));
        return chains.size() > index ? chains.get(index).getText().replace('\u00a0', ' ').replaceAll("\\s+", " ").trim() : "";
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private static int scrollWidth() {
        return ((Number) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.scrollWidth")).intValue();
    }
}
