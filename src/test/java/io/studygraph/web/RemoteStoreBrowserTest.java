package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.studygraph.StudyGraph;
import io.studygraph.graph.RemoteAccess;
import io.studygraph.graph.SparqlEndpoints;
import io.studygraph.graph.SparqlStore;
import io.studygraph.sparql.SparqlService;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser smoke walk with the graph on a Fuseki server instead of embedded TDB2: the pages read
 * everything through the remote store (the home page's field, a paper's view, a path, a SPARQL
 * question), search stays local, and a Fuseki that goes away puts a banner on the page, which a
 * reload takes away once it is back.
 */
@Tag("store")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteStoreBrowserTest {
    private static final String BEAT_GANS = "Diffusion Models Beat GANs on Image Synthesis";
    private static final String IDDPM = "Improved Denoising Diffusion Probabilistic Models";

    @TempDir
    static Path dir;
    private static final DatasetGraph DATASET = DatasetGraphFactory.createTxnMem();
    private static FusekiServer fuseki;
    private static int port;
    private static TestServer server;
    private static Browser browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        fuseki = FusekiServer.create().loopback(true).port(0).add("/studygraph", DATASET).build().start();
        port = fuseki.getPort();
        SparqlStore store = new SparqlStore(SparqlEndpoints.fuseki("http://localhost:" + port + "/studygraph")
                .withUnionGraph(SparqlEndpoints.JENA_UNION_GRAPH), RemoteAccess.anonymous().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20)));
        server = TestServer.start(StudyGraph.open(store, dir.resolve("index"), SparqlService.Limits.DEFAULT));
        browser = Browser.start(1280, 1000);
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        server.close();
        if (fuseki != null) fuseki.stop();
    }

    @Test
    @Order(1)
    void home_paper_path_and_sparql_pages_work_over_fuseki() {
        browser.open(server.uri("/").toString());
        browser.waitForText("main", BEAT_GANS);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#start-graph canvas")));
        browser.screenshot("remote-home");

        browser.driver.findElement(By.linkText(BEAT_GANS)).click();
        browser.waitForText("h1", BEAT_GANS);
        // The author list is an rdf:List of blank nodes: walked cell by cell over the wire.
        browser.waitForText("main", "Prafulla Dhariwal");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Alex Nichol", "openai/guided-diffusion", "reading-list.md");

        browser.open(server.uri("/path.html?from=" + TestServer.encode(TestServer.ID + "person/yannic-kilcher")
                + "&to=" + TestServer.encode(TestServer.ID + "paper/arxiv-2102.09672")).toString());
        browser.waitForText(".paths", IDDPM);
        browser.screenshot("remote-path");

        browser.open(server.uri("/sparql").toString());
        browser.waitFor(".CodeMirror");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gallery-body .gallery__item")));
        browser.driver.findElement(By.xpath("//button[contains(@class,'gallery__item')][.//span[normalize-space()=\"Who co-authored with this person?\"]]")).click();
        wait.until(d -> "Alex Nichol".equals(d.findElement(By.cssSelector(".picker__input")).getDomProperty("value")));
        browser.driver.findElement(By.id("run")).click();
        browser.waitForText("#results-body", "Prafulla Dhariwal");
        browser.screenshot("remote-sparql");

        // Search is this instance's own index of the remote graph.
        assertThat(server.getJson("/api/search", "q", "guidance").path("total").asLong()).isPositive();
    }

    @Test
    @Order(2)
    void sg_search_is_not_offered_where_the_store_cannot_run_it() {
        HttpResponse<String> description = server.get("/sparql", "text/turtle");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("rowLimit").doesNotContain("propertyFeature");
        HttpResponse<String> refused = server.get("/sparql?query=" + TestServer.encode(
                "PREFIX sg: <https://w3id.org/studygraph/ontology#> SELECT ?e WHERE { ?e sg:search \"guidance\" }"), "application/sparql-results+json");
        assertThat(TestServer.problemDetail(refused, 400)).contains("sg:search", "/api/search");
    }

    @Test
    @Order(3)
    void a_fuseki_outage_is_a_banner_and_a_reload_after_it_returns_is_the_page() {
        fuseki.stop();
        try {
            // A page address gets the page that says what is wrong (with a 503 for the program behind the browser).
            assertThat(server.get("/id/paper/arxiv-2105.05233", "text/html").statusCode()).isEqualTo(503);
            browser.open(server.uri("/id/paper/arxiv-2105.05233").toString());
            browser.waitForText("h1", "The graph store is not answering");
            browser.waitForText("#unavailable-detail", "localhost:" + port);
            assertThat(browser.driver.findElement(By.id("unavailable-detail")).getText()).doesNotContain("Exception");
            browser.screenshot("remote-outage");
            // Search is local and still answers; what the page asks of the store puts up the banner.
            browser.open(server.uri("/search.html?q=guidance").toString());
            browser.waitForText("main", "Classifier guidance");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("store-banner")));
            assertThat(browser.driver.findElement(By.id("store-banner")).getText()).contains("The graph store is not answering", "localhost:" + port);
            browser.screenshot("remote-outage-search");
        } finally {
            fuseki = FusekiServer.create().loopback(true).port(port).add("/studygraph", DATASET).build().start();
        }
        browser.open(server.uri("/id/paper/arxiv-2105.05233").toString());
        browser.waitForText("h1", BEAT_GANS);
        assertThat(browser.driver.findElements(By.id("store-banner"))).isEmpty();
    }
}
