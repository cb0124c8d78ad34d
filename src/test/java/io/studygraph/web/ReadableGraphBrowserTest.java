package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The graphs read the same way everywhere and at both widths: no label is drawn under 10 px on
 * screen (font size × zoom, read from Cytoscape) at any depth, the same graph has the same
 * picture on every load, and on a phone a tapped node's details come into view.
 */
class ReadableGraphBrowserTest extends BrowserPageTest {
    private static final String DDPM = TestServer.ID + "paper/arxiv-2006.11239";
    // Every label Cytoscape would draw, as its size on screen in px, and whether the start's is among them.
    private static final String LABEL_SIZES = """
            const done = arguments[arguments.length - 1];
            const cy = document.querySelector(arguments[0])._cyreg.cy;
            requestAnimationFrame(() => requestAnimationFrame(() => {
              const drawn = cy.elements(':visible').filter((e) => e.style('label') && e.effectiveOpacity() > 0
                && parseFloat(e.style('text-opacity')) > 0);
              done({ sizes: drawn.map((e) => parseFloat(e.style('font-size')) * cy.zoom()),
                     start: drawn.some((e) => e.hasClass('start')),
                     nodeLabels: drawn.nodes().length, nodes: cy.nodes(':visible').length });
            }));
            """;
    private static final String POSITIONS = """
            const cy = document.querySelector(arguments[0])._cyreg.cy;
            return Object.fromEntries(cy.nodes().map((n) => [n.id(), Math.round(n.position('x')) + ',' + Math.round(n.position('y'))]));
            """;

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void no_explorer_label_is_drawn_under_10_px_at_depth_1_2_or_3(int width) {
        browser.screen(width);
        for (int depth = 1; depth <= 3; depth++) {
            openExplorer(DDPM, depth);
            Map<String, Object> labels = labelSizes("#graph");
            assertThat(sizes(labels)).as("labels at depth %d, %d px wide", depth, width).isNotEmpty()
                    .allSatisfy(px -> assertThat(px).isGreaterThanOrEqualTo(10.0));
            assertThat(labels.get("start")).as("the start's label is drawn").isEqualTo(true);
            browser.screenshot("graph-explore-depth" + depth + "-" + width);
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void entity_page_graphs_keep_the_floor_and_edge_labels_off_node_names(int width) {
        browser.screen(width);
        for (String entity : List.of("person/alex-nichol", "video/youtube-hAp7Lk7W4QQ", "concept/u-net")) {
            browser.open(server.uri("/id/" + entity).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graph-card canvas")));
            assertThat(sizes(labelSizes(".graph-card__canvas"))).as(entity).isNotEmpty()
                    .allSatisfy(px -> assertThat(px).isGreaterThanOrEqualTo(10.0));
            browser.screenshot("graph-entity-" + entity.replace('/', '-') + "-" + width);
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void the_path_graph_keeps_the_floor_and_names_its_entities(int width) {
        browser.screen(width);
        browser.open(server.uri("/path.html?from=" + TestServer.encode(TestServer.ID + "person/yannic-kilcher")
                + "&to=" + TestServer.encode(TestServer.ID + "paper/arxiv-2102.09672")).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".path-graph canvas")));
        browser.driver.executeScript("document.querySelector('.path-graph .graph-card__canvas').id = 'path-canvas'");
        Map<String, Object> labels = labelSizes("#path-canvas");
        assertThat(sizes(labels)).allSatisfy(px -> assertThat(px).isGreaterThanOrEqualTo(10.0));
        assertThat(labels.get("start")).as("the ends are named").isEqualTo(true);
        // A wide canvas has room for every name; a phone's names what fits, the rest on a tap.
        if (width > 1000) {
            assertThat(((Number) labels.get("nodeLabels")).intValue()).as("every entity on the paths is named")
                    .isEqualTo(((Number) labels.get("nodes")).intValue());
        }
        browser.screenshot("graph-path-" + width);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void the_same_graph_lays_out_the_same_on_two_loads(int width) {
        browser.screen(width);
        openExplorer(DDPM, 2);
        Object first = browser.driver.executeScript(POSITIONS, "#graph");
        openExplorer(DDPM, 2);
        Object second = browser.driver.executeScript(POSITIONS, "#graph");
        assertThat(((Map<?, ?>) first).size()).isGreaterThan(10);
        assertThat(second).isEqualTo(first);
    }

    @org.junit.jupiter.api.Test
    void on_a_phone_a_tapped_node_shows_its_details_in_view() {
        browser.screen(390);
        openExplorer(DDPM, 1);
        WebElement canvas = browser.driver.findElement(By.id("graph"));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) browser.driver.executeScript("""
                const cy = document.querySelector('#graph')._cyreg.cy;
                const node = cy.nodes(':visible').filter((n) => !n.hasClass('start') && n.data('kind') === 'person')[0];
                const p = node.renderedPosition();
                return { x: p.x - cy.width() / 2, y: p.y - cy.height() / 2, label: node.data('label') };
                """);
        new Actions(browser.driver).moveToElement(canvas, ((Number) target.get("x")).intValue(), ((Number) target.get("y")).intValue())
                .click().perform();
        browser.waitForText("#selection h2", (String) target.get("label"));
        wait.until(d -> browser.topInView("#selection h2"));
        browser.screenshot("graph-explore-tap-390");
    }


    private static void openExplorer(String iri, int depth) {
        browser.open(server.uri("/explore.html?iri=" + TestServer.encode(iri) + "&depth=" + depth).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
        browser.waitForText("#graph-status", "entities shown");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph:not([aria-busy])")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> labelSizes(String container) {
        return (Map<String, Object>) browser.driver.executeAsyncScript(LABEL_SIZES, container);
    }

    @SuppressWarnings("unchecked")
    private static List<Double> sizes(Map<String, Object> labels) {
        return ((List<Number>) labels.get("sizes")).stream().map(Number::doubleValue).toList();
    }
}
