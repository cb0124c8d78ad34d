package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** In a real browser: the home page lists the reading list, and its links open entity views. */
class HomePageBrowserTest {
    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_home_page_shows_the_list_and_leads_to_an_entity_view() {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(server.uri("/").toString());
            browser.waitForText("main", "Diffusion Models Beat GANs on Image Synthesis");
            browser.screenshot("home");
            // Headings may be upper-cased by CSS: compare without case.
            String page = browser.driver.findElement(By.tagName("main")).getText().toLowerCase(java.util.Locale.ROOT);
            assertThat(page).contains("tutorials", "papers", "video blogs", "glossary", "the annotated diffusion model");

            browser.driver.findElement(By.linkText("Diffusion Models Beat GANs on Image Synthesis")).click();
            browser.waitForText("h1", "Diffusion Models Beat GANs on Image Synthesis");
            browser.waitForText("main", "Prafulla Dhariwal");
            browser.screenshot("entity-paper");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/id/paper/arxiv-2105.05233");
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .contains("Alex Nichol", "openai/guided-diffusion", "reading-list.md");
        }
    }
}
