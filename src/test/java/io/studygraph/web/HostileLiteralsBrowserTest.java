package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles, descriptions, names and IRIs an attacker plants in an import ({@code hostile/} in the
 * test resources: {@code <script>}, {@code onerror=}, {@code "><svg onload=…>}, {@code javascript:}
 * and {@code data:} IRIs), shown in Chromium on every page that shows them. Pins the UI's escaping
 * (dom.js: data only as text nodes; safeHref: only http(s) and same-site links). The
 * Content-Security-Policy would stop an injected script from running even if escaping broke, so
 * the test looks at the DOM itself: an {@code <img onerror>} that exists but is blocked still fails it.
 */
@Tag("security")
class HostileLiteralsBrowserTest {
    private static final String PAPER = TestServer.ID + "paper/xss-probe";
    private static final String AUTHOR = TestServer.ID + "person/xss-author";
    private static final String TITLE = "Zyxxq Probe <script>alert(1)</script> <img src=x onerror=alert(1)> \"><svg onload=alert(1)>";
    private static final String DESCRIPTION = "Described as <img src=x onerror=alert(1)> and \"><svg onload=alert(1)> and <script>alert(1)</script>";
    private static final String NAME = "Eve <script>alert(1)</script> Mallory";
    private static final String JAVASCRIPT_LABEL = "Zyxxq javascript <img src=x onerror=alert(1)>";
    private static final String LIST_PAPER = "Qwvvk Markdown Paper <script>alert(1)</script>";

    /**
     * Runs before any page script (CDP injects it, so the policy does not apply): every alert,
     * confirm or prompt is recorded instead of shown, so none can go unnoticed or block the driver.
     */
    private static final String RECORD_DIALOGS = """
            window.__dialogs = [];
            for (const name of ['alert', 'confirm', 'prompt']) {
              window[name] = (...args) => { window.__dialogs.push(name + '(' + args.join(',') + ')'); };
            }""";

    /** What of the page could be live markup or a dangerous link, and the text a reader sees. */
    private static final String INSPECT = """
            const live = [...document.querySelectorAll(
                'script:not([src]), img[src="x"], iframe:not([src^="https:"]), object, embed, [onerror], [onload]')]
              .map((e) => e.outerHTML.slice(0, 160));
            const links = [...document.querySelectorAll('a[href], area[href], form[action], iframe[src]')]
              .map((e) => e.href ?? e.action ?? e.src)
              .filter((url) => !/^(https?|blob):/i.test(String(url)));
            return { dialogs: window.__dialogs ?? ['the dialog recorder did not run'], live, links, text: document.body.innerText };""";

    @TempDir static Path dir;
    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        browser = Browser.start(1400, 1000);
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_DIALOGS));
        importResource("hostile.ttl", "text/turtle");
        importResource("hostile-list.md", "text/markdown");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static void importResource(String name, String type) {
        try (InputStream in = HostileLiteralsBrowserTest.class.getResourceAsStream("/hostile/" + name)) {
            HttpResponse<String> response = server.importFile("name=" + name, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("import of %s: %s", name, response.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page as it stands: no dialog opened, no live markup, no link but http(s), and each text shown literally. */
    @SuppressWarnings("unchecked")
    private static void assertInert(String page, String... literally) {
        Map<String, Object> found = (Map<String, Object>) browser.driver.executeScript(INSPECT);
        assertThat((List<String>) found.get("dialogs")).as("dialogs opened on %s", page).isEmpty();
        assertThat((List<String>) found.get("live")).as("markup made live from data on %s", page).isEmpty();
        assertThat((List<String>) found.get("links")).as("links that are not http(s) on %s", page).isEmpty();
        assertThat((String) found.get("text")).as("text of %s", page).contains(literally);
    }

    /**
     * Waits for the text before a literal's first markup, which shows however the rest is
     * rendered: broken escaping then fails in {@link #assertInert} with what went live, not in a timeout.
     */
    private static void waitForText(String css, String literal) {
        browser.waitForText(css, literal.substring(0, literal.indexOf('<')).strip());
    }

    private static void open(String pathAndQuery) {
        browser.open(server.uri(pathAndQuery).toString());
    }

    @Test
    void a_note_with_script_and_img_onerror_shows_as_text() throws Exception {
        String text = "Zyxxq note <script>alert(1)</script> and <img src=x onerror=alert(1)> and [bad](javascript:alert(1)) and [[U-Net]]";
        HttpResponse<String> saved = server.writeJson("POST", "/api/study/notes",
                TestServer.JSON.writeValueAsString(Map.of("on", "https://w3id.org/studygraph/id/paper/arxiv-2006.11239", "text", text)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        open("/id/paper/arxiv-2006.11239");
        browser.waitForText("#notes", "Zyxxq note");
        assertInert("a note on an entity page", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("#notes img, #notes script"))).isEmpty();
        assertThat(browser.driver.findElement(org.openqa.selenium.By.linkText("U-Net")).getAttribute("href")).endsWith("/id/concept/u-net");
    }

    @Test
    void the_home_page_shows_hostile_titles_as_text() {
        open("/");
        waitForText("#lists", LIST_PAPER);
        waitForText("#years", TITLE);

        assertInert("the home page", LIST_PAPER, TITLE);
    }

    @Test
    void search_results_show_hostile_titles_names_and_snippets_as_text() {
        open("/search.html?q=zyxxq");
        waitForText("#results-body", TITLE);

        assertInert("the search results", TITLE, NAME, DESCRIPTION);
        open("/search.html?q=qwvvk");
        waitForText("#results-body", LIST_PAPER);
        assertInert("the search results for the list", LIST_PAPER);
    }

    @Test
    void entity_pages_show_hostile_literals_as_text_and_make_no_javascript_or_data_link() {
        open("/id/paper/xss-probe");
        waitForText("h1", TITLE);
        // The javascript: IRI is a target here: it must lead to its entity view, never be the link itself.
        assertInert("the paper's page", TITLE, DESCRIPTION, NAME, JAVASCRIPT_LABEL, "<svg onload=alert(1)>");

        open("/id/person/xss-author");
        waitForText("h1", NAME);
        assertInert("the author's page", NAME, TITLE);

        open("/entity.html?iri=" + TestServer.encode("javascript:alert(1)"));
        waitForText("h1", JAVASCRIPT_LABEL);
        assertInert("the page of the javascript: IRI", JAVASCRIPT_LABEL, "javascript:alert(1)", TITLE);

        open("/id/paper/arxiv-2401.99999");
        waitForText("h1", LIST_PAPER);
        assertInert("the Markdown paper's page", LIST_PAPER);
    }

    @Test
    void the_explorer_and_the_path_page_show_hostile_labels_as_text() {
        open("/explore.html?iri=" + TestServer.encode(PAPER));
        waitForText("#selection h2", TITLE);
        assertInert("the explorer", TITLE);

        open("/path.html?from=" + TestServer.encode(PAPER) + "&to=" + TestServer.encode(AUTHOR));
        waitForText("#path-results-body", NAME);
        assertInert("the path page", TITLE, NAME);
    }

    @Test
    void the_workbench_shows_hostile_literals_and_iris_as_text() {
        String query = "SELECT ?s ?o WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"alert\")) }";
        open("/sparql.html?run=1&q=" + TestServer.encode(query));
        waitForText("#results-body", DESCRIPTION);

        // The javascript: and data: IRIs are objects here, and the table links IRIs it has no
        // label for: the one place that pins safeHref (entity pages link through entityHref).
        assertInert("the workbench's table", DESCRIPTION, NAME, "javascript:alert(2)", "data:text/html,%3Cscript%3E");
    }
}
