package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The notes editor as a student uses it: "[[" suggests titles, a note links and shows as a backlink, edits and notes on a link. */
class NotesBrowserTest {
    private static final String DDPM = TestServer.ID + "paper/arxiv-2006.11239";
    private static final String IMPROVED = TestServer.ID + "paper/arxiv-2102.09672";
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
    void typing_double_brackets_suggests_titles_and_the_link_becomes_a_backlink() {
        try (Browser browser = Browser.start(1400, 1000)) {
            browser.open(server.uri("/id/paper/arxiv-2006.11239").toString() + "#token=" + server.writeToken());
            WebElement editor = browser.waitFor(".notes__form .notes__editor");
            editor.sendKeys("Read next: [[Improved Denois");
            WebElement option = browser.waitFor(".notes__suggestions [role=option]");
            assertThat(browser.driver.findElement(By.cssSelector(".notes__suggestions")).getText()).contains("Improved Denoising Diffusion Probabilistic Models");
            editor.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            assertThat(editor.getAttribute("value")).isEqualTo("Read next: [[Improved Denoising Diffusion Probabilistic Models]]");
            assertThat(option.isDisplayed() && !browser.driver.findElements(By.cssSelector(".notes__suggestions:not([hidden])")).isEmpty()).isFalse();
            // With no list open, the arrows and Enter are the text area's own: a new line, not a pick.
            editor.sendKeys(Keys.ENTER, "second line");
            assertThat(editor.getAttribute("value")).endsWith("]]\nsecond line");
            browser.driver.findElement(By.cssSelector(".notes__form button[type=submit]")).click();
            WebElement linked = browser.waitFor(".notes__body a[href='/id/paper/arxiv-2102.09672']");
            assertThat(linked.getText()).isEqualTo("Improved Denoising Diffusion Probabilistic Models");

            browser.open(server.uri("/id/paper/arxiv-2102.09672").toString());
            browser.waitForText(".notes__backlinks", "Linked from your notes");
            assertThat(browser.driver.findElement(By.cssSelector(".notes__backlinks")).getText()).contains("Denoising Diffusion Probabilistic Models");
        }
    }

    @Test
    void a_note_is_edited_in_place_and_a_note_can_be_about_a_link() {
        try (Browser browser = Browser.start(1400, 1000)) {
            browser.open(server.uri("/id/paper/arxiv-2102.09672").toString() + "#token=" + server.writeToken());
            WebElement editor = browser.waitFor(".notes__form .notes__editor");
            Select about = new Select(browser.driver.findElement(By.cssSelector(".notes__about")));
            WebElement linkOption = about.getOptions().stream().filter(o -> o.getText().contains("Denoising Diffusion Probabilistic Models")
                    && !o.getText().contains("Improved")).findFirst().orElseThrow();
            String linkText = linkOption.getText();
            about.selectByVisibleText(linkText);
            editor.sendKeys("Why it builds on DDPM: the same objective.");
            browser.driver.findElement(By.cssSelector(".notes__form button[type=submit]")).click();
            browser.waitForText(".notes__list", "On the link");
            JsonNode notes = server.getJson("/api/study/notes", "on", IMPROVED).get("notes");
            JsonNode onLink = null;
            for (JsonNode n : notes) if (n.get("text").asText().startsWith("Why it builds on")) onLink = n;
            assertThat(onLink).isNotNull();
            assertThat(onLink.get("object").asText()).isEqualTo(DDPM);
            assertThat(onLink.get("relation").asText()).startsWith("http");

            String id = onLink.get("id").asText();
            WebElement note = browser.driver.findElement(By.cssSelector(".notes__note[data-id='" + id + "']"));
            note.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("Edit")).findFirst().orElseThrow().click();
            WebElement edit = browser.waitFor(".notes__note[data-id='" + id + "'] textarea");
            assertThat(edit.getAttribute("value")).isEqualTo("Why it builds on DDPM: the same objective.");
            edit.sendKeys(" *Edited.*");
            browser.driver.findElement(By.cssSelector(".notes__note[data-id='" + id + "'] button[type=submit]")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                    d.findElements(By.cssSelector(".notes__note[data-id='" + id + "'] .notes__body em")).size() == 1);
            assertThat(server.getJson("/api/study/notes", "on", IMPROVED).toString()).contains("the same objective. *Edited.*");
            browser.screenshot("notes-edited");
        }
    }
}
