package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A note found on the search page, in Chromium: a "note" hit that opens the noted entity's page, its Markdown shown as text. */
class NoteHitBrowserTest {
    private static final String DDPM = TestServer.ID + "paper/arxiv-2006.11239";

    @Test
    void a_note_hit_links_to_the_page_of_what_it_is_on_and_shows_its_text_as_text(@TempDir Path dir) throws Exception {
        try (TestServer server = TestServer.start(dir); Browser browser = Browser.start(1200, 900)) {
            String text = "Quetzalism <img src=x onerror=alert(1)> in the reverse process.";
            HttpResponse<String> created = server.writeJson("POST", "/api/study/notes",
                    TestServer.JSON.writeValueAsString(Map.of("on", DDPM, "text", text)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            browser.open(server.uri("/search.html?q=quetzalism").toString());
            WebElement hit = browser.waitFor(".hits .hit");

            assertThat(hit.findElement(By.cssSelector(".hit__title a")).getAttribute("href"))
                    .isEqualTo(server.uri("/id/paper/arxiv-2006.11239").toString());
            assertThat(hit.findElement(By.cssSelector(".hit__title")).getText()).isEqualTo("Note on Denoising Diffusion Probabilistic Models");
            assertThat(hit.findElement(By.cssSelector(".meta__kind")).getText()).isEqualTo("note");
            assertThat(hit.findElement(By.cssSelector(".hit__snippet")).getText()).contains("<img src=x onerror=alert(1)>");
            assertThat(browser.driver.findElements(By.cssSelector(".hit img, .hit [onerror]"))).isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector(".facet a")).stream().map(WebElement::getText))
                    .anySatisfy(facet -> assertThat(facet).contains("Notes"));
        }
    }
}
