package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The gap report and the flashcards in a real browser: what they show, and that a card answered is kept. */
class StudyToolsBrowserTest {
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
    void the_gap_report_lists_each_gap_with_its_count() {
        try (Browser browser = Browser.start(1400, 1000)) {
            browser.open(server.uri("/gaps.html").toString());
            browser.waitFor("#gap-concepts li");
            int concepts = server.getJson("/api/study/gaps").get("unexplainedConcepts").get("total").asInt();
            assertThat(browser.driver.findElement(By.cssSelector("#gap-counts a[href='#gap-concepts']")).getText())
                    .startsWith(concepts + " Ideas nothing explains");
            assertThat(browser.driver.findElement(By.id("gap-concepts")).getText()).contains("Forward process").contains("used by");
            assertThat(browser.driver.findElement(By.id("gap-papers")).getText()).contains("Deep Ultrasound Denoising Without Clean Data").contains("no video");
            assertThat(browser.driver.findElement(By.id("gap-imports")).getText()).contains("Every source was read completely");
            browser.screenshot("gaps");
        }
    }

    @Test
    void glossary_words_in_a_summary_link_to_their_concept_and_the_concept_says_where_it_is_named() {
        try (Browser browser = Browser.start(1400, 1000)) {
            browser.open(server.uri("/id/paper/arxiv-2105.05233").toString());
            var mention = browser.waitFor(".prose a.mention[href='/id/concept/u-net']");
            assertThat(mention.getText()).isEqualTo("U-Net");
            assertThat(browser.driver.findElement(By.cssSelector(".prose")).getText()).contains("Architecture ablations yield a stronger diffusion U-Net");
            mention.click();
            browser.waitFor("#found-in-title");
            assertThat(browser.driver.findElement(By.cssSelector(".found-in")).getText())
                    .contains("Diffusion Models Beat GANs on Image Synthesis — in its summary: “U-Net”");
        }
    }

    @Test
    void a_card_answered_known_counts_and_leaves_the_round_after_a_reload() {
        try (Browser browser = Browser.start(1400, 1000)) {
            browser.open(server.uri("/cards.html").toString() + "#token=" + server.writeToken());
            browser.waitFor(".flashcard__front");
            int total = server.getJson("/api/study/cards").get("total").asInt();
            browser.waitForText("#cards-progress", "0 of " + total + " ideas known");
            String first = browser.driver.findElement(By.cssSelector(".flashcard")).getAttribute("data-iri");
            assertThat(browser.driver.findElement(By.cssSelector(".flashcard__back")).isDisplayed()).isFalse();

            // Space shows the answer, K says it was known: stored, counted, and the next card follows.
            new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
            browser.waitFor(".flashcard__back:not([hidden]) .flashcard__definition");
            assertThat(browser.driver.findElement(By.cssSelector(".flashcard__definition")).getText()).isNotBlank();
            browser.screenshot("card-answer");
            new Actions(browser.driver).sendKeys("k").perform();
            browser.waitForText("#cards-progress", "1 of " + total + " ideas known");
            assertThat(server.getJson("/api/study/progress").toString()).contains(first).contains("known");

            browser.driver.navigate().refresh();
            browser.waitForText("#cards-progress", "1 of " + total + " ideas known");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                    !first.equals(d.findElement(By.cssSelector(".flashcard")).getAttribute("data-iri")));
            assertThat(browser.driver.findElement(By.id("anki-link")).getAttribute("href")).endsWith("/api/study/cards?format=anki");
        }
    }
}
