package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser, as a student would: open the Study page from the start-up link, tick two
 * steps, see next up change, the badges in search and the rings on the graph, reload, see the same.
 */
class StudyPageBrowserTest {
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
    void marking_two_steps_done_moves_next_up_and_shows_everywhere_after_a_reload() {
        try (Browser browser = Browser.start(1400, 1000)) {
            // The start-up link hands the token over in a fragment; the page keeps it and drops it from the address.
            browser.open(server.uri("/study.html").toString() + "#token=" + server.writeToken());
            browser.waitFor(".plan-step");
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("token");
            List<WebElement> steps = browser.driver.findElements(By.cssSelector(".plan-step"));
            assertThat(steps.size()).as("the whole list is planned").isGreaterThan(20);
            assertThat(browser.driver.findElement(By.cssSelector(".plan-step .plan-step__reasons")).getText()).isNotBlank();

            String before = browser.driver.findElement(By.id("next-up")).getText();
            String first = steps.get(0).getAttribute("data-iri");
            String firstLabel = steps.get(0).findElement(By.cssSelector(".plan-step__title a")).getText();
            String second = steps.get(1).getAttribute("data-iri");
            tick(browser, first);
            tick(browser, second);
            new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> !d.findElement(By.id("next-up")).getText().equals(before));
            browser.waitForText("#study-progress", "2 of");
            browser.screenshot("study-two-done");

            browser.driver.navigate().refresh();
            browser.waitFor(".plan-step");
            browser.waitForText("#study-progress", "2 of");
            assertThat(step(browser, first).findElement(By.cssSelector(".plan-step__check")).isSelected()).isTrue();
            assertThat(step(browser, second).getAttribute("class")).contains("plan-step--done");

            // The entity page: the control says done, and the neighbourhood graph rings the node.
            browser.open(server.uri(entityPath(first)).toString());
            browser.waitFor(".status-control");
            new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d ->
                    d.findElement(By.cssSelector(".status-control input[value=done], .status-control input[value=known]")).isSelected());
            new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(browser.driver.executeScript(
                    "const c = document.querySelector('.graph-card__canvas'); const cy = c && c._cyreg && c._cyreg.cy;"
                            + " return !!cy && cy.getElementById(arguments[0]).hasClass('progress-done');", first)));
            browser.screenshot("study-entity-ringed");

            // Search results carry the badge too.
            browser.open(server.uri("/search.html?q=" + TestServer.encode(firstLabel)).toString());
            browser.waitFor(".hit .status-badge");
            assertThat(browser.driver.findElement(By.cssSelector(".hit .status-badge")).getText()).containsAnyOf("Done", "Known");
        }
    }

    private static void tick(Browser browser, String iri) {
        // The plan is drawn again after each mark: click only once it stands still.
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("#plan[aria-busy]")).isEmpty());
        step(browser, iri).findElement(By.cssSelector(".plan-step__check")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                step(browser, iri).findElement(By.cssSelector(".plan-step__check")).isSelected()
                        && step(browser, iri).getAttribute("class").contains("plan-step--done"));
    }

    private static WebElement step(Browser browser, String iri) {
        return browser.driver.findElement(By.cssSelector(".plan-step[data-iri=\"" + iri + "\"]"));
    }

    private static String entityPath(String iri) {
        return "/id/" + iri.substring(TestServer.ID.length());
    }
}
