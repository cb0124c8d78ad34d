package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.graph.Precedence;
import io.studygraph.graph.Vocab;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Export section of the Sources page and of the Study page, as a student uses it: pick what and
 * a format, follow the download link with a real HTTP client, and read the file in that format.
 */
class ExportBrowserTest {
    private static final String DDPM = TestServer.ID + "paper/arxiv-2006.11239";
    /** A name the CLI takes from a file but that an address must encode: a space, '&' and '+'. */
    private static final String ODD_NAME = "notes & links+more.ttl";
    private static final String ODD_PAPER = TestServer.ID + "paper/odd-name-paper";
    @TempDir static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        server.studyGraph().importTexts(Map.of(ODD_NAME,
                "<" + ODD_PAPER + "> a <https://schema.org/ScholarlyArticle> ; <https://schema.org/name> \"A Paper From An Oddly Named File\" ."));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Browser sourcesPage(int width) {
        Browser browser = Browser.start(width, width < 600 ? 844 : 1000);
        if (width < 600) browser.screen(width);
        browser.open(server.uri("/sources.html").toString());
        browser.waitForText(".sources-table", "reading-list.md");
        return browser;
    }

    /** What the download link points at, fetched as the browser would save it. */
    private static HttpResponse<String> follow(Browser browser, String link) {
        String href = browser.driver.findElement(By.cssSelector(link)).getDomAttribute("href");
        assertThat(href).startsWith("/api/export?");
        return server.send(HttpRequest.newBuilder(URI.create(server.uri("/").resolve(href).toString())).GET().build());
    }

    private static void pickFormat(Browser browser, String format) {
        browser.driver.findElement(By.cssSelector("#export input[value='" + format + "']")).findElement(By.xpath("./..")).click();
    }

    @Test
    void a_rows_export_sets_the_section_to_that_source_and_its_turtle_is_the_source_graph() {
        try (Browser browser = sourcesPage(1400)) {
            browser.driver.findElement(By.cssSelector("tr[data-source='reading-list.md'] .export-row")).click();
            WebElement scope = browser.driver.findElement(By.id("export-scope"));
            assertThat(browser.driver.switchTo().activeElement()).as("the focus goes to the choice just made").isEqualTo(scope);
            assertThat(new Select(scope).getFirstSelectedOption().getText()).isEqualTo("reading-list.md");
            assertThat(browser.driver.findElement(By.id("export-download")).getText()).isEqualTo("Download reading-list.md as Turtle (.ttl)");
            browser.screenshot("export-1400");

            HttpResponse<String> response = follow(browser, "#export-download");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"studygraph-reading-list.ttl\"");
            Model exported = ModelFactory.createDefaultModel();
            RDFParser.fromString(response.body(), Lang.TURTLE).parse(exported);
            // What the source said: where the store keeps its author list or date as a variant, the export has it as said.
            Graph said = GraphFactory.createDefaultGraph();
            server.studyGraph().store().graph(Vocab.sourceGraph("reading-list.md").getURI()).getGraph().find()
                    .forEach(t -> said.add(Triple.create(t.getSubject(), Precedence.asSaid(t.getPredicate()), t.getObject())));
            assertThat(exported.size()).isEqualTo(said.size()).isGreaterThan(100);
            assertThat(exported.getGraph().isIsomorphicWith(said)).as("the export is that source's graph, no more, no less").isTrue();
        }
    }

    @Test
    void bibtex_of_the_seed_list_holds_the_seeds_works() throws Exception {
        try (Browser browser = sourcesPage(1400)) {
            new Select(browser.driver.findElement(By.id("export-scope"))).selectByValue("reading-list.md");
            pickFormat(browser, "bibtex");
            assertThat(browser.driver.findElement(By.id("export-download")).getText()).isEqualTo("Download reading-list.md as BibTeX (.bib)");

            HttpResponse<String> response = follow(browser, "#export-download");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"studygraph-reading-list.bib\"");
            BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(response.body()));
            assertThat(bib.getEntries()).containsKey(new Key("ho2020denoising"));
            assertThat(bib.getEntries().get(new Key("ho2020denoising")).getField(new Key("title")).toUserString())
                    .contains("Denoising Diffusion Probabilistic Models");
            assertThat(response.body()).doesNotContain("A Paper From An Oddly Named File");
        }
    }

    @Test
    void a_source_whose_name_an_address_must_encode_exports_its_own_statements() {
        try (Browser browser = sourcesPage(1400)) {
            browser.driver.findElement(By.cssSelector("tr[data-source='" + ODD_NAME + "'] .export-row")).click();
            pickFormat(browser, "ntriples");
            HttpResponse<String> response = follow(browser, "#export-download");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            Model exported = ModelFactory.createDefaultModel();
            RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(exported);
            assertThat(exported.containsResource(exported.createResource(ODD_PAPER))).isTrue();
            assertThat(exported.containsResource(exported.createResource(DDPM))).as("only that source").isFalse();
        }
    }

    @Test
    void every_format_offered_downloads_and_study_data_is_offered_only_as_rdf() {
        try (Browser browser = sourcesPage(1400)) {
            List<String> offered = browser.driver.findElements(By.cssSelector("#export input[type=radio]")).stream()
                    .map(input -> input.getDomAttribute("value")).toList();
            assertThat(offered).containsExactly("turtle", "trig", "ntriples", "nquads", "jsonld", "bibtex", "ris", "csl-json", "csv", "graphml");
            for (String format : offered) {
                pickFormat(browser, format);
                HttpResponse<String> response = follow(browser, "#export-download");
                assertThat(response.statusCode()).as("%s: %s", format, response.body()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Disposition")).as(format).hasValueSatisfying(d -> assertThat(d).contains("\"studygraph."));
            }

            // CSV was the last choice; the study data has no rows, so only the RDF formats stay and Turtle is chosen.
            new Select(browser.driver.findElement(By.id("export-scope"))).selectByValue("study");
            List<String> shown = browser.driver.findElements(By.cssSelector("#export input[type=radio]")).stream()
                    .filter(WebElement::isDisplayed).map(input -> input.getDomAttribute("value")).toList();
            assertThat(shown).containsExactly("turtle", "trig", "ntriples", "nquads", "jsonld");
            assertThat(browser.driver.findElement(By.cssSelector("#export input[value='turtle']")).isSelected()).isTrue();
            assertThat(browser.driver.findElement(By.id("export-download")).getText()).isEqualTo("Download your study data as Turtle (.ttl)");
            HttpResponse<String> study = follow(browser, "#export-download");
            assertThat(study.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"studygraph-study-me.ttl\"");
        }
    }

    @Test
    void on_a_phone_the_section_fits_and_the_keyboard_reaches_the_link() {
        try (Browser browser = sourcesPage(390)) {
            browser.driver.findElement(By.cssSelector("tr[data-source='enrichment.ttl'] .export-row")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> browser.topInView("#export-title"));
            // From the choice of what: Tab to the chosen format, an arrow to the next, Tab to the link.
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = browser.driver.switchTo().activeElement();
            assertThat(focused.getDomAttribute("id")).isEqualTo("export-download");
            assertThat(focused.getText()).isEqualTo("Download enrichment.ttl as TriG (.trig)");
            assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
            browser.screenshot("export-390");
        }
    }

    @Test
    void the_study_page_exports_the_study_data_with_the_same_control() {
        HttpResponse<String> marked = server.writeJson("POST", "/api/study/progress", "{\"iri\": \"" + DDPM + "\", \"status\": \"done\"}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        try (Browser browser = Browser.start(1400, 1000)) {
            browser.open(server.uri("/study.html").toString());
            browser.waitFor(".plan-step");
            assertThat(browser.driver.findElements(By.id("study-export-scope"))).as("the study data is all it offers").isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#study-export input[type=radio]")).stream()
                    .map(input -> input.getDomAttribute("value")).toList()).containsExactly("turtle", "trig", "ntriples", "nquads", "jsonld");
            browser.driver.findElement(By.cssSelector("#study-export input[value='jsonld']")).findElement(By.xpath("./..")).click();

            HttpResponse<String> response = follow(browser, "#study-export-download");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"studygraph-study-me.jsonld\"");
            Model study = ModelFactory.createDefaultModel();
            RDFParser.fromString(response.body(), Lang.JSONLD).parse(study);
            assertThat(study.containsResource(study.createResource(DDPM))).as("the progress mark on DDPM is in the study data").isTrue();
            browser.screenshot("export-study-1400");

            browser.screen(390);
            browser.driver.executeScript("document.getElementById('export-title').scrollIntoView()");
            assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
            browser.screenshot("export-study-390");
        }
    }
}
