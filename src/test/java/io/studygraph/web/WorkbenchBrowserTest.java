package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser against the real server: the SPARQL workbench at /sparql runs gallery
 * questions with their parameters (entities, text and numbers), shows names for IRIs and leads to
 * entity views, completes entities by name, filters rows, marks syntax errors, answers ASK with a
 * yes, draws CONSTRUCT answers, and keeps the query in its address.
 */
class WorkbenchBrowserTest {
    private static final String COAUTHORS = "Who co-authored with this person?";

    @TempDir
    static Path dir;
    private static TestServer server;
    private static Browser browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir.resolve("data"));
        browser = Browser.start(1280, 1000);
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        server.close();
    }

    @Test
    void a_gallery_question_runs_with_its_default_and_its_names_open_entity_views() {
        openWorkbench("");
        pick(COAUTHORS);
        waitForPickerValue("Alex Nichol");
        assertThat(editorText()).contains("schema:author ?person");

        browser.driver.findElement(By.id("run")).click();
        browser.waitForText("#results-body", "Prafulla Dhariwal");
        browser.screenshot("workbench-coauthors");
        assertThat(text("#results-status")).startsWith("1 row");
        WebElement name = browser.driver.findElement(By.cssSelector("#results-body a.term__link"));
        assertThat(name.getText()).isEqualTo("Prafulla Dhariwal");
        assertThat(name.getDomAttribute("title")).isEqualTo(TestServer.ID + "person/prafulla-dhariwal");
        // The address now holds the question, so the link can be shared.
        assertThat(browser.driver.getCurrentUrl()).contains("id=02-coauthors", "run=1");

        name.click();
        browser.waitForText("h1", "Prafulla Dhariwal");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/id/person/prafulla-dhariwal");
    }

    @Test
    void a_parameter_is_picked_by_typing_a_name_and_ctrl_enter_runs() {
        openWorkbench("");
        pick(COAUTHORS);
        waitForPickerValue("Alex Nichol");
        WebElement box = browser.driver.findElement(By.cssSelector(".picker__input"));
        box.clear();
        box.sendKeys("dhari");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".picker__list [role=option]")));
        assertThat(text(".picker__list")).contains("Prafulla Dhariwal");
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitForPickerValue("Prafulla Dhariwal");

        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitForText("#results-body", "Alex Nichol");
        assertThat(text("#results-body")).doesNotContain("Prafulla Dhariwal");
        assertThat(browser.driver.getCurrentUrl()).contains("arg-person=" + encode(TestServer.ID + "person/prafulla-dhariwal"));
    }

    @Test
    void a_text_parameter_is_a_form_field_and_what_is_typed_there_changes_the_results() {
        openWorkbench("?id=01-search-papers&run=1");
        WebElement topic = browser.driver.findElement(By.cssSelector(".value-field__input[data-param=topic]"));
        assertThat(topic.getDomProperty("value")).isEqualTo("classifier guidance");
        browser.waitForText("#results-body", "Refining Generative Process with Discriminator Guidance");
        assertThat(editorText()).contains("sg:search (?topic 20)");

        topic.clear();
        topic.sendKeys("ultrasound", Keys.ENTER);
        browser.waitForText("#results-body", "Deep Ultrasound Denoising Without Clean Data");
        assertThat(text("#results-body")).doesNotContain("Discriminator Guidance");
        assertThat(browser.driver.getCurrentUrl()).contains("arg-topic=ultrasound");
        // The editor keeps the parameter; only the query sent carries the words.
        assertThat(editorText()).contains("sg:search (?topic 20)").doesNotContain("ultrasound");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void a_gallery_example_from_a_link_runs_and_its_results_are_in_view(int width) {
        browser.screen(width);
        try {
            openWorkbench("?id=01-search-papers&arg-topic=denoising&run=1");
            browser.waitForText("#results-body", "Denoising Diffusion Probabilistic Models");
            // On a phone the results are under a long description, the form and the editor.
            wait.until(d -> browser.topInView("#results"));
            browser.screenshot("workbench-gallery-" + width);
        } finally {
            browser.fullScreen();
        }
    }

    @Test
    void quotes_and_braces_typed_as_a_text_parameter_stay_words_of_the_search() {
        openWorkbench("?id=01-search-papers&arg-topic=" + encode("ultrasound\" } ; \\ # x") + "&run=1");
        browser.waitForText("#results-body", "Deep Ultrasound Denoising Without Clean Data");
        assertThat(browser.driver.findElement(By.id("query-error")).isDisplayed()).isFalse();
    }

    @Test
    void a_number_parameter_narrows_the_rows_and_a_word_there_is_refused_by_name() {
        openWorkbench("?id=10-concept-coverage&arg-atLeast=10&run=1");
        browser.waitForText("#results-status", "2 rows");
        assertThat(text("#results-body")).contains("Forward process", "Reverse process").doesNotContain("Noise schedule");

        WebElement atLeast = browser.driver.findElement(By.cssSelector(".value-field__input[data-param=atLeast]"));
        atLeast.clear();
        atLeast.sendKeys("many", Keys.ENTER);
        browser.waitForText("#query-error", "?atLeast");
        assertThat(text("#query-error")).contains("not a number");
    }

    @Test
    void the_editor_completes_an_entity_by_its_name_writing_its_iri() {
        openWorkbench("");
        setEditorText("SELECT ?work WHERE { ?work cito:cites ");
        typeAtEnd("<denois");
        WebElement hint = chooseHint("Denoising Diffusion Probabilistic Models");
        hint.click();
        assertThat(editorText()).endsWith("?work cito:cites <" + TestServer.ID + "paper/arxiv-2006.11239>");

        // With a prefix declared for papers, the name completes to the prefixed form.
        setEditorText("PREFIX paper: <" + TestServer.ID + "paper/>\nSELECT ?work WHERE { ?work cito:cites ");
        typeAtEnd("paper:denois");
        WebElement prefixed = chooseHint("Denoising Diffusion Probabilistic Models");
        browser.screenshot("workbench-entity-completion");
        Object pageWidth = ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) pageWidth).intValue()).as("the hint list stays on screen").isZero();
        prefixed.click();
        assertThat(editorText()).endsWith("?work cito:cites paper:arxiv-2006.11239");

        // A plain word where a term goes (after a property) offers entities too, people here.
        setEditorText("SELECT ?work WHERE { ?work schema:author ");
        typeAtEnd("nichol");
        chooseHint("Alex Nichol").click();
        assertThat(editorText()).endsWith("schema:author <" + TestServer.ID + "person/alex-nichol>");
        typeAtEnd(" }");
        focusEditor().keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        browser.waitForText("#results-body", "Improved Denoising Diffusion Probabilistic Models");
    }

    @Test
    void the_filter_box_keeps_the_rows_with_its_words() {
        openWorkbench("?id=07-by-year&run=1");
        browser.waitForText("#results-status", "rows");
        int all = rows().size();
        browser.driver.findElement(By.id("results-filter")).sendKeys("video");
        wait.until(d -> rows().size() < all);
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.getText().toLowerCase()).contains("video"));
        assertThat(text(".results-filter__count")).isEqualTo(rows().size() + " of " + all + " rows");
    }

    @Test
    void the_keyboard_moves_from_the_filter_to_a_column_with_a_visible_focus_and_sorts_by_it() {
        openWorkbench("?id=07-by-year&run=1");
        browser.waitForText("#results-status", "rows");
        browser.driver.findElement(By.id("results-filter")).click();
        // Past the scrollable table (a region, for scrolling it by keys) to its first column.
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(Keys.TAB, Keys.TAB).perform();
        WebElement sort = browser.driver.switchTo().activeElement();
        assertThat(sort.getText()).isEqualTo("?item");
        assertThat(sort.getCssValue("outline-style")).isNotEqualTo("none");
        assertThat(sort.getCssValue("outline-width")).isNotEqualTo("0px");

        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(Keys.TAB, Keys.TAB, Keys.ENTER).perform();
        wait.until(d -> "ascending".equals(d.findElement(By.cssSelector("th[data-var=title]")).getDomAttribute("aria-sort")));
        assertThat(rows().get(0).getText()).contains("DDPM - Diffusion Models Beat GANs");
    }

    @Test
    void a_syntax_error_names_its_line_and_column_and_is_marked_in_the_editor() {
        openWorkbench("");
        setEditorText("SELECT * WHERE {\n  ?s ?p ?o\n  FILTER(?o = )\n}");
        focusEditor().keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        browser.waitForText("#query-error", "Syntax error at line 3, column 15");
        browser.screenshot("workbench-syntax-error");
        WebElement mark = browser.driver.findElement(By.cssSelector(".editor__error-mark"));
        assertThat(mark.getText()).isEqualTo(")");
        assertThat(browser.driver.findElements(By.cssSelector(".editor__error-line"))).hasSize(1);

        focusEditor().sendKeys(" ").perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("query-error")));
        assertThat(browser.driver.findElements(By.cssSelector(".editor__error-mark"))).isEmpty();
    }

    @Test
    void an_error_after_a_bound_parameter_is_placed_in_the_text_as_written() {
        // ?person becomes a 50-character IRI before the query is sent; the error stays at foo:x.
        openWorkbench("?id=02-coauthors&run=1&q=" + encode("SELECT * WHERE { ?person foo:x ?o }"));
        browser.waitForText("#query-error", "Syntax error at line 1, column 26: Unresolved prefixed name: foo:x");
        assertThat(text(".editor__error-mark")).isEqualTo("foo:x");
    }

    @Test
    void an_ask_query_from_a_shared_link_answers_yes() {
        openWorkbench("?run=1&q=" + encode("ASK { ?person a schema:Person ; schema:name \"Alex Nichol\" }"));
        browser.waitForText(".ask__word", "Yes");
        browser.screenshot("workbench-ask");
        assertThat(editorText()).startsWith("ASK {");
    }

    @Test
    void literals_show_as_text_never_as_markup() {
        String html = "<img src=x id=injected onerror=alert(1)>";
        openWorkbench("?run=1&q=" + encode("SELECT ?x WHERE { BIND(\"" + html + "\" AS ?x) }"));
        browser.waitForText("#results-body", html);
        assertThat(browser.driver.findElements(By.id("injected"))).isEmpty();
    }

    @Test
    void a_construct_answer_is_drawn_as_a_graph_with_a_turtle_view() {
        openWorkbench("?id=wb-citation-graph&run=1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graph-canvas canvas")));
        browser.waitFor(".graph-side__title");
        assertThat(text("#results-status")).contains("triples");
        browser.screenshot("workbench-graph");

        browser.driver.findElement(By.id("turtle-tab")).click();
        browser.waitForText(".turtle", "cito:cites");
        assertThat(text(".turtle")).contains("Diffusion Models Beat GANs on Image Synthesis");
    }

    @Test
    void the_csv_button_downloads_the_answer() throws IOException {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        openWorkbench("?id=02-coauthors&run=1");
        browser.waitForText("#results-body", "Prafulla Dhariwal");
        browser.driver.findElement(By.xpath("//div[@id='downloads']/button[normalize-space()='↓ CSV']")).click();

        Path csv = downloads.resolve("studygraph-results.csv");
        wait.until(d -> Files.exists(csv) && size(csv) > 0);
        assertThat(Files.readString(csv)).startsWith("coauthor,name,works").contains("Prafulla Dhariwal");
    }

    @Test
    void on_a_phone_the_gallery_folds_away_and_rows_read_as_cards() {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 1000, "deviceScaleFactor", 1, "mobile", true));
        try {
            openWorkbench("?id=02-coauthors&run=1");
            browser.waitForText("#results-body", "Prafulla Dhariwal");
            assertThat(browser.driver.findElement(By.id("gallery")).getDomProperty("open")).isEqualTo("false");
            Object scrollWidth = ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(390);
            // The answer the link asked for is on screen, not under the editor.
            wait.until(d -> browser.topInView("#results"));
            browser.screenshot("workbench-phone");
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void openWorkbench(String query) {
        browser.open(server.uri("/sparql" + query).toString());
        browser.waitFor(".CodeMirror");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gallery-body .gallery__item")));
    }

    private static void pick(String title) {
        browser.driver.findElement(By.xpath("//button[contains(@class,'gallery__item')][.//span[normalize-space()=\""
                + title + "\"]]")).click();
    }

    private static void waitForPickerValue(String label) {
        wait.until(d -> label.equals(d.findElement(By.cssSelector(".picker__input")).getDomProperty("value")));
    }

    /** Types at the end of the editor's text, as a user would, so completion is offered. */
    private static void typeAtEnd(String keys) {
        ((JavascriptExecutor) browser.driver).executeScript("const cm = document.querySelector('.CodeMirror').CodeMirror;"
                + "cm.focus(); cm.setCursor(cm.lineCount(), 0);");
        browser.driver.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(keys);
    }

    private static WebElement chooseHint(String label) {
        By hint = By.xpath("//li[contains(@class,'CodeMirror-hint')][starts-with(normalize-space(), \"" + label + "\")]");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(hint));
    }

    private static java.util.List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector(".results-table tbody tr"));
    }

    private static String editorText() {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
    }

    /**
     * Keys for the editor, typed as a user would. CodeMirror reads keys from a hidden textarea that
     * Chromium may report as not interactable, so the editor is focused and the keys go to
     * whatever has the focus.
     */
    private static org.openqa.selenium.interactions.Actions focusEditor() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.querySelector('.CodeMirror').CodeMirror.focus()");
        return new org.openqa.selenium.interactions.Actions(browser.driver);
    }

    private static void setEditorText(String text) {
        ((JavascriptExecutor) browser.driver)
                .executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", text);
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
