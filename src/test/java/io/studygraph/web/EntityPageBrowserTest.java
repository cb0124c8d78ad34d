package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Entity pages in the order a student uses them, at 1400 and 390 px: a paper leads with where to
 * read it, its explainer videos, its code and its citation, all on the first screen; then one box
 * of what to read before and after it, each work once and not again among the links. A person's
 * header says where they work; a repository's first box is what it implements.
 */
class EntityPageBrowserTest extends BrowserPageTest {
    private static final String DDPM = "/id/paper/arxiv-2006.11239";
    private static final String DDPM_CODE = "/id/repo/github-hojonathanho-diffusion";

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void a_papers_read_watch_code_and_cite_links_are_on_the_first_screen(int width) {
        browser.screen(width);
        browser.open(server.uri(DDPM).toString());
        browser.waitFor(".work-actions");
        browser.screenshot("entity-paper-" + width);
        for (String css : List.of("[data-action-group='read'] a[href*='arxiv.org']", "[data-action-group='watch'] a[href^='/id/video/']",
                "[data-action-group='code'] a[href^='/id/repo/']", "[data-action-group='cite'] button")) {
            assertThat(bottomOnScreen(css)).as("%s ends inside the first %s px screen", css, width).isTrue();
        }
        assertThat(hrefs("[data-action-group='read'] a")).contains("https://arxiv.org/abs/2006.11239", "https://arxiv.org/pdf/2006.11239");
        assertThat(hrefs("[data-action-group='code'] a")).contains(server.uri(DDPM_CODE).toString());
    }

    @Test
    void an_arxiv_pdf_address_written_with_its_version_is_the_pdf_link_already_shown_not_a_second_arxiv_link() {
        String turtle = "@prefix schema: <https://schema.org/> . @prefix sg: <https://w3id.org/studygraph/ontology#> .\n"
                + "<https://w3id.org/studygraph/id/paper/arxiv-9999.00001> a schema:ScholarlyArticle ; schema:name \"A Versioned PDF\" ;\n"
                + "  sg:arxivId \"9999.00001\" ; schema:url <https://arxiv.org/pdf/9999.00001v2.pdf> .\n";
        assertThat(server.importFile("name=versioned-pdf.ttl", "text/turtle", turtle).statusCode()).isEqualTo(200);
        browser.open(server.uri("/id/paper/arxiv-9999.00001").toString());
        browser.waitFor(".work-actions");
        assertThat(hrefs("[data-action-group='read'] a")).containsExactly("https://arxiv.org/abs/9999.00001", "https://arxiv.org/pdf/9999.00001");
    }

    @Test
    void the_before_and_after_box_lists_each_work_once_and_the_links_do_not_repeat_them() {
        browser.open(server.uri(DDPM).toString());
        WebElement order = browser.waitFor("section[aria-labelledby='reading-order-title']");
        List<String> works = hrefs("section[aria-labelledby='reading-order-title'] .timeline__title a");
        assertThat(works).doesNotHaveDuplicates()
                .contains(server.uri("/id/paper/arxiv-2102.09672").toString(), server.uri("/id/paper/arxiv-2105.05233").toString());
        // Improved DDPM cites it and builds on it: one row with both relations.
        WebElement improved = order.findElement(By.xpath(".//li[.//a[contains(@href, 'arxiv-2102.09672')]]"));
        assertThat(improved.getText()).contains("cited by", "built on by");
        List<String> shownAbove = new java.util.ArrayList<>(works);
        shownAbove.addAll(hrefs(".work-actions a[href^='/id/'], .work-actions a[href*='/id/']"));
        List<String> linked = hrefs("section[aria-labelledby='relations-out'] a, section[aria-labelledby='relations-in'] a");
        assertThat(linked).as("links from and to the paper").doesNotContainAnyElementsOf(shownAbove);
        assertThat(browser.driver.findElements(By.cssSelector("section[aria-labelledby='citations-title'], section[aria-labelledby='lineage-title']")))
                .as("citations and lineage are one box now").isEmpty();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void a_persons_header_shows_their_affiliation(int width) {
        browser.screen(width);
        browser.open(server.uri("/id/person/alex-nichol").toString());
        WebElement affiliation = browser.waitFor(".entity-head .entity-head__affiliation");
        assertThat(affiliation.getText()).contains("OpenAI");
        assertThat(affiliation.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("/id/org/openai");
        assertThat(bottomOnScreen(".entity-head__affiliation")).isTrue();
        browser.screenshot("entity-person-" + width);
    }

    @Test
    void a_repositorys_first_box_is_what_it_implements_and_it_has_no_citations_box() {
        browser.open(server.uri(DDPM_CODE).toString());
        browser.waitFor(".entity-main > section");
        WebElement first = browser.driver.findElement(By.cssSelector(".entity-main > section"));
        assertThat(first.findElement(By.className("panel__title")).getText()).containsIgnoringCase("What it implements");
        assertThat(first.getText()).contains("Denoising Diffusion Probabilistic Models");
        assertThat(browser.driver.findElements(By.cssSelector("section[aria-labelledby='reading-order-title']"))).isEmpty();
        browser.screenshot("entity-repo-1400");
    }

    @Test
    void an_organisation_lists_its_people_and_their_works() {
        browser.open(server.uri("/id/org/openai").toString());
        browser.waitForText("section[aria-labelledby='member-works-title']", "Improved Denoising Diffusion Probabilistic Models");
        assertThat(browser.driver.findElement(By.cssSelector("section[aria-labelledby='people-title']")).getText())
                .contains("Alex Nichol", "Prafulla Dhariwal");
    }

    @Test
    void a_reading_list_leads_with_its_parts_and_never_says_nothing_is_connected() {
        browser.open(server.uri("/id/list/reading-list").toString());
        browser.waitForText(".entity-main > section[data-lead]", "Papers");
        assertThat(browser.driver.findElement(By.cssSelector(".entity-main > section[data-lead] .panel__title")).getText())
                .containsIgnoringCase("What it contains");
        wait.until(ExpectedConditions.invisibilityOfElementWithText(By.cssSelector(".graph-card__loading"), "Drawing the graph…"));
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).doesNotContain("Nothing is connected");
    }

    @Test
    void cite_copies_bibtex_or_shows_it_to_copy_by_hand() {
        browser.open(server.uri(DDPM).toString());
        // Headless Chromium may refuse the clipboard; either way the reader gets the text.
        browser.driver.executeScript("Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })");
        browser.waitFor("[data-action-group='cite'] button[data-style='bibtex']").click();
        WebElement text = browser.waitFor(".cite-fallback__text");
        assertThat(text.getDomProperty("value")).startsWith("@inproceedings{ho2020denoising,").contains("Ho, Jonathan and Jain, Ajay");
    }

    @Test
    void a_summary_written_for_the_list_and_the_authors_abstract_are_two_boxes_that_say_whose_they_are() {
        String turtle = """
                @prefix schema: <https://schema.org/> . @prefix sg: <https://w3id.org/studygraph/ontology#> .
                <https://w3id.org/studygraph/id/paper/two-texts> a schema:ScholarlyArticle ; schema:name "A Paper With Two Texts" ;
                    schema:datePublished "2023" ;
                    sg:summary "What the list's author wrote about it." ; schema:abstract "What its authors wrote." .
                """;
        assertThat(server.importFile("name=two-texts.ttl", "text/turtle", turtle).statusCode()).isEqualTo(200);
        browser.open(server.uri("/id/paper/two-texts").toString());
        WebElement summary = browser.waitFor("section[data-property='https://w3id.org/studygraph/ontology#summary']");
        WebElement abstractBox = browser.driver.findElement(By.cssSelector("section[data-property='https://schema.org/abstract']"));
        assertThat(summary.findElement(By.className("panel__title")).getText()).containsIgnoringCase("Summary")
                .containsIgnoringCase("written for this reading list");
        assertThat(summary.getText()).contains("What the list's author wrote about it.").doesNotContain("What its authors wrote.");
        assertThat(abstractBox.findElement(By.className("panel__title")).getText()).containsIgnoringCase("Abstract");
        assertThat(abstractBox.getText()).contains("What its authors wrote.");
    }

    @Test
    void a_persons_profiles_are_named_by_their_site_in_the_header() {
        String turtle = """
                @prefix schema: <https://schema.org/> .
                <https://w3id.org/studygraph/id/person/profiled-person> a schema:Person ; schema:name "Profiled Person" ;
                    schema:sameAs <https://github.com/profiled>, <https://orcid.org/0000-0002-1825-0097>, <https://x.com/profiled> ;
                    schema:url <https://profiled.example.org/> .
                """;
        assertThat(server.importFile("name=profiled.ttl", "text/turtle", turtle).statusCode()).isEqualTo(200);
        browser.open(server.uri("/id/person/profiled-person").toString());
        WebElement profiles = browser.waitFor(".entity-head .entity-head__profiles");
        assertThat(profiles.findElements(By.tagName("a")).stream().map(WebElement::getText).toList())
                .containsExactlyInAnyOrder("GitHub", "ORCID", "X (Twitter)", "Homepage");
    }

    private boolean bottomOnScreen(String css) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.driver.executeScript(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + "return { bottom: r.bottom, height: r.height, inner: window.innerHeight };", css);
        double bottom = ((Number) box.get("bottom")).doubleValue();
        return ((Number) box.get("height")).doubleValue() > 0 && bottom <= ((Number) box.get("inner")).doubleValue();
    }

    private List<String> hrefs(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomProperty("href")).toList();
    }
}
