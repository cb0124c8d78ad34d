package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Sources page as a student uses it: the list, a file picked and its report, pasted links, Remove with a confirm step. */
class SourcesBrowserTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    @TempDir static Path dir;
    @TempDir static Path files;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> names(Browser browser) {
        return browser.driver.findElements(By.cssSelector(".sources-table tbody tr")).stream().map(r -> r.getAttribute("data-source")).toList();
    }

    @Test
    void the_list_shows_every_source_and_remove_asks_first() {
        assertThat(server.importFile("name=to-remove.ttl", "text/turtle",
                "<https://w3id.org/studygraph/id/paper/to-remove> a <https://schema.org/ScholarlyArticle> ; <https://schema.org/name> \"Removable\" .").statusCode())
                .isEqualTo(200);
        try (Browser browser = Browser.start(1400, 1000)) {
            browser.open(server.uri("/sources.html").toString() + "#token=" + server.writeToken());
            browser.waitForText(".sources-table", "to-remove.ttl");
            assertThat(names(browser)).contains("enrichment.ttl", "reading-list.md", "to-remove.ttl").isSorted();
            assertThat(browser.driver.findElement(By.cssSelector("tr[data-source='reading-list.md']")).getText()).contains("bundled", "reading list");
            browser.screenshot("sources-1400");

            String row = "tr[data-source='to-remove.ttl']";
            browser.driver.findElement(By.cssSelector(row + " .remove__ask")).click();
            // The confirm step takes the focus on its safe choice, so a second Enter does not remove.
            WebElement keep = browser.waitFor(row + " .remove__no");
            assertThat(browser.driver.switchTo().activeElement()).isEqualTo(keep);
            browser.screenshot("sources-confirm-1400");
            keep.click();
            assertThat(browser.waitFor(row + " .remove__ask").isDisplayed()).isTrue();
            assertThat(server.getJson("/api/sources").toString()).contains("to-remove.ttl");

            browser.driver.findElement(By.cssSelector(row + " .remove__ask")).click();
            browser.waitFor(row + " .remove__yes").click();
            browser.waitForText("#import-report", "Removed to-remove.ttl");
            assertThat(names(browser)).contains("enrichment.ttl", "reading-list.md").doesNotContain("to-remove.ttl");
            assertThat(server.getJson("/api/sources").toString()).doesNotContain("to-remove.ttl");
        }
    }

    @Test
    void a_picked_file_is_imported_and_its_report_shown_with_lines_escaped() throws IOException {
        Path list = Files.writeString(files.resolve("picked.md"), "# Picked\n\n## Papers\n* A Picked Paper (2024)\narXiv: https://arxiv.org/abs/2401.00001\n"
                + "* `" + HOSTILE + "` with no link\n", StandardCharsets.UTF_8);
        try (Browser browser = Browser.start(390, 844)) {
            browser.screen(390);
            browser.open(server.uri("/sources.html").toString() + "#token=" + server.writeToken());
            browser.waitForText("#sources", "reading-list.md");
            browser.driver.findElement(By.id("file-input")).sendKeys(list.toString());

            browser.waitForText("#import-report", "Imported picked.md");
            String report = browser.driver.findElement(By.id("import-report")).getText();
            assertThat(report).contains("Skipped: 1", "line 6", HOSTILE);
            assertThat(browser.driver.findElements(By.cssSelector("#import-report img"))).isEmpty();
            browser.waitForText(".sources-table", "picked.md");
            assertThat(browser.driver.findElement(By.cssSelector("tr[data-source='picked.md']")).getText()).contains("upload", "1 skipped entry");
            assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
            browser.screenshot("sources-390");
        }
    }

    @Test
    void pasted_links_go_to_the_import_as_a_dated_txt_file_and_the_answer_is_shown() {
        try (Browser browser = Browser.start(1400, 1000)) {
            browser.open(server.uri("/sources.html").toString() + "#token=" + server.writeToken());
            browser.waitForText("#sources", "reading-list.md");
            assertThat(browser.driver.findElement(By.id("paste-name")).getText()).matches("pasted-links-\\d{8}-\\d{4}\\.txt");
            browser.driver.findElement(By.id("paste-links")).sendKeys("https://arxiv.org/abs/2006.11239\nhttps://github.com/openai/guided-diffusion");
            browser.driver.findElement(By.cssSelector("#paste-form button[type=submit]")).click();

            // The links import as a list of links (text/uri-list), and the new source is listed.
            String report = browser.waitFor("#import-report .notice").getText();
            assertThat(report).matches("(?s).*Imported pasted-links-.*");
            browser.waitForText("#sources", "pasted-links-");
        }
    }
}
