package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a page shows follows what the reader did, at 1400 and 390 px: Back brings back the search
 * box with the results, a chosen facet on a phone closes the filters over the results, a shared
 * workbench link answers without a click (history, sorting, filtering and completion included),
 * and a missing entity is a page to search from, not JSON.
 */
class PageStateBrowserTest extends BrowserPageTest {
    private static final String QUERY = "SELECT ?paper ?year WHERE { ?paper a schema:ScholarlyArticle ; schema:datePublished ?d "
            + "BIND (YEAR(?d) AS ?year) }";

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void back_brings_back_the_search_box_with_its_results(int width) {
        browser.screen(width);
        browser.open(server.uri("/search.html?q=diffusion").toString());
        browser.waitForText("#search-title", "diffusion");
        WebElement box = browser.driver.findElement(By.id("searchbox-input"));
        box.clear();
        box.sendKeys("Nichol", Keys.ENTER);
        browser.waitForText("#search-title", "Nichol");

        browser.driver.navigate().back();
        browser.waitForText("#search-title", "diffusion");
        wait.until(d -> "diffusion".equals(d.findElement(By.id("searchbox-input")).getDomProperty("value")));
        browser.driver.navigate().forward();
        browser.waitForText("#search-title", "Nichol");
        wait.until(d -> "Nichol".equals(d.findElement(By.id("searchbox-input")).getDomProperty("value")));
    }

    @Test
    void on_a_phone_a_chosen_facet_closes_the_filters_and_shows_the_results() {
        browser.screen(390);
        browser.open(server.uri("/search.html?q=diffusion").toString());
        browser.waitForText("#search-title", "diffusion");
        WebElement facets = browser.driver.findElement(By.id("facets"));
        facets.findElement(By.tagName("summary")).click();
        wait.until(d -> facets.getDomAttribute("open") != null);
        facets.findElement(By.cssSelector("#facet-groups a[href*='kind=paper']")).click();
        wait.until(d -> d.getCurrentUrl().contains("kind=paper"));
        browser.waitForText("#search-title", "diffusion");
        wait.until(d -> facets.getDomAttribute("open") == null);
        wait.until(d -> browser.topInView(".hits"));
        browser.screenshot("state-search-facet-390");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void a_shared_workbench_link_shows_its_results_without_a_click_and_joins_the_history(int width) {
        browser.screen(width);
        browser.open(server.uri("/sparql").toString());
        browser.driver.executeScript("localStorage.clear()");
        browser.open(server.uri("/sparql?q=" + TestServer.encode(QUERY)).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".results-table tbody tr")));
        browser.waitForText("#results-status", "rows");
        wait.until(d -> browser.topInView("#results"));
        browser.screenshot("state-workbench-shared-" + width);

        // Sorted by year, newest first: the header says so and the first row is the newest.
        WebElement year = browser.driver.findElement(By.cssSelector(".results-table th[data-var='year'] button"));
        year.click();
        year.click();
        assertThat(browser.driver.findElement(By.cssSelector(".results-table th[data-var='year']")).getDomAttribute("aria-sort"))
                .isEqualTo("descending");
        List<Integer> years = browser.driver.findElements(By.cssSelector(".results-table tbody td[data-var='?year'] .term__value"))
                .stream().map(e -> Integer.parseInt(e.getText().trim())).toList();
        assertThat(years).isNotEmpty().isSortedAccordingTo((a, b) -> b - a);

        // The filter keeps the rows with its words (here: a name the graph gives an IRI).
        int all = browser.driver.findElements(By.cssSelector(".results-table tbody tr")).size();
        browser.driver.findElement(By.id("results-filter")).sendKeys("improved");
        wait.until(d -> d.findElements(By.cssSelector(".results-table tbody tr")).size() < all);
        assertThat(browser.driver.findElement(By.cssSelector(".results-table tbody")).getText()).contains("Improved");

        // The query is in the history after a reload, and runs again from there.
        browser.open(server.uri("/sparql").toString());
        WebElement history = browser.driver.findElement(By.id("history"));
        history.findElement(By.tagName("summary")).click();
        browser.waitForText("#history-body", "SELECT ?paper ?year");
        history.findElement(By.cssSelector(".history__run")).click();
        browser.waitForText("#results-status", "rows");
        history.findElement(By.cssSelector(".history__clear")).click();
        browser.waitForText("#history-body", "kept here");
    }

    @Test
    void the_editor_completes_prefixes_classes_and_properties() {
        browser.open(server.uri("/sparql").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        browser.driver.executeScript("const cm = document.querySelector('.CodeMirror').CodeMirror;"
                + "cm.setValue('SELECT * WHERE { ?p a '); cm.focus(); cm.setCursor(cm.lineCount(), 0);");
        WebElement input = browser.driver.findElement(By.cssSelector(".CodeMirror textarea"));
        input.sendKeys("Schol");
        browser.waitForText(".CodeMirror-hints", "schema:ScholarlyArticle");
        input.sendKeys(Keys.ENTER);
        assertThat((String) browser.driver.executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()"))
                .endsWith("?p a schema:ScholarlyArticle");
        input.sendKeys(" ; cito:c");
        browser.waitForText(".CodeMirror-hints", "cito:cites");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void a_missing_entity_is_a_page_with_a_search_box_and_close_matches(int width) {
        browser.screen(width);
        browser.open(server.uri("/id/person/alex-nichl").toString());
        browser.waitForText("h1", "Not in the graph");
        assertThat(browser.driver.findElement(By.id("missing-iri")).getText()).isEqualTo(TestServer.ID + "person/alex-nichl");
        WebElement box = browser.driver.findElement(By.id("missing-q"));
        assertThat(box.getDomProperty("value")).isEqualTo("alex nichl");
        browser.waitForText("#matches", "Alex Nichol");
        browser.screenshot("state-missing-" + width);
        browser.driver.findElement(By.linkText("Alex Nichol")).click();
        browser.waitForText("h1", "Alex Nichol");
    }
}
