package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In Chromium, under the server's Content-Security-Policy: every page, graphs and the SPARQL
 * editor included, works without one refusal in the console, while a script written into the
 * page (as an injected literal would be) does not run.
 */
@Tag("security")
class ContentSecurityPolicyBrowserTest {
    private static final String PAPER = TestServer.encode(TestServer.ID + "paper/arxiv-2105.05233");

    @TempDir static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void every_page_runs_under_the_policy_without_a_refusal() {
        try (Browser browser = Browser.start(1400, 1000)) {
            browser.open(server.uri("/").toString());
            browser.waitForText("main", "Diffusion Models Beat GANs on Image Synthesis");
            browser.waitFor("canvas");
            browser.open(server.uri("/id/paper/arxiv-2105.05233").toString());
            browser.waitForText("main", "Prafulla Dhariwal");
            browser.open(server.uri("/search.html?q=diffusion").toString());
            browser.waitForText("main", "Diffusion Models Beat GANs");
            browser.open(server.uri("/explore.html?iri=" + PAPER).toString());
            browser.waitFor("#graph canvas");
            browser.open(server.uri("/path.html?from=" + PAPER + "&to=" + TestServer.encode(TestServer.ID + "person/jonathan-ho")).toString());
            browser.waitFor("canvas");
            browser.open(server.uri("/sparql.html?run=1&q=" + TestServer.encode("CONSTRUCT { ?p schema:author ?a } WHERE { ?p schema:author ?a } LIMIT 20")).toString());
            browser.waitFor(".CodeMirror");
            browser.waitFor("canvas");
            browser.screenshot("csp-workbench-graph");
            browser.open(server.uri("/sources.html").toString());
            browser.waitForText(".sources-table", "reading-list.md");
            browser.waitFor("#export-download");
            browser.open(server.uri("/study.html").toString());
            browser.waitFor(".plan-step");
            browser.waitFor("#study-export-download");

            assertThat(browser.policyViolations()).isEmpty();
            // ...and not because no policy applied: the same page refuses a script written into it.
            assertThat(injectScript(browser)).isFalse();
        }
    }

    /**
     * Whether a script element or an onerror attribute written into the page ran. The test's own
     * listener is added after the attribute's handler, so when it fires that handler has had its turn.
     */
    private static boolean injectScript(Browser browser) {
        return Boolean.TRUE.equals(browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const s = document.createElement('script');
                s.textContent = 'window.injected = true';
                document.head.appendChild(s);
                const img = document.createElement('img');
                img.setAttribute('onerror', 'window.injected = true');
                img.addEventListener('error', () => done(window.injected === true));
                img.src = 'data:,not-an-image';
                document.body.appendChild(img);"""));
    }

    @Test
    void a_script_written_into_a_page_does_not_run() {
        try (Browser browser = Browser.start(1000, 800)) {
            browser.open(server.uri("/").toString());
            browser.waitForText("main", "Diffusion Models Beat GANs on Image Synthesis");

            assertThat(injectScript(browser)).isFalse();
            assertThat(browser.policyViolations()).anySatisfy(m -> assertThat(m).contains("inline script"))
                    .anySatisfy(m -> assertThat(m).contains("inline event handler"));
        }
    }
}
