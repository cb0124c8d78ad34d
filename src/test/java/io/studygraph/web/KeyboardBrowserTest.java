package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page can be walked with the Tab key alone: the first stop is the skip link, each stop after
 * it is an element on screen once focused, and each shows that it has the focus (an outline or a
 * ring, on it or, for an editor's hidden input, on the editor's frame), as a keyboard user needs to
 * see where they are.
 */
class KeyboardBrowserTest extends BrowserPageTest {
    private static final int STOPS = 25;
    // What the focused element looks like: its box, and whether an outline or a ring marks it.
    private static final String FOCUSED = """
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const marks = (n) => { const s = getComputedStyle(n);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none'); };
            // An editor's hidden input shows its focus on the editor's frame (a close ancestor).
            let shown = e;
            for (let n = e, up = 0; n && up < 4; n = n.parentElement, up++) if (marks(n)) { shown = n; break; }
            const r = shown.getBoundingClientRect();
            return { name: e.tagName + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || e.value || '').trim().slice(0, 40),
                     marked: marks(shown), width: r.width, height: r.height,
                     onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth };""";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/search.html?q=diffusion", "/id/paper/arxiv-2006.11239", "/id/person/alex-nichol",
            "/explore.html?iri=https%3A%2F%2Fw3id.org%2Fstudygraph%2Fid%2Fpaper%2Farxiv-2006.11239", "/path.html", "/study.html", "/sparql"})
    void tab_walks_the_page_with_a_visible_focus_at_every_stop(String page) {
        for (int width : new int[] {1400, 390}) {
            browser.screen(width);
            browser.open(server.uri(page).toString());
            browser.waitFor("main");
            wait.until(d -> !Boolean.TRUE.equals(browser.driver.executeScript("return !!document.querySelector('[aria-busy=true]')")));
            List<Map<String, Object>> stops = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            for (int i = 0; i < STOPS; i++) {
                new Actions(browser.driver).sendKeys(Keys.TAB).perform();
                @SuppressWarnings("unchecked")
                Map<String, Object> focused = (Map<String, Object>) browser.driver.executeScript(FOCUSED);
                if (focused == null) break;
                stops.add(focused);
                names.add((String) focused.get("name"));
            }
            assertThat(stops).as("%s at %d px: Tab reaches the page", page, width).hasSizeGreaterThan(3);
            assertThat((String) stops.get(0).get("name")).as("the first stop on %s", page).startsWith("A Skip to");
            for (Map<String, Object> stop : stops) {
                assertThat(stop.get("marked")).as("%s at %d px: %s shows its focus", page, width, stop.get("name")).isEqualTo(true);
                assertThat(stop.get("onScreen")).as("%s at %d px: %s is scrolled into view", page, width, stop.get("name")).isEqualTo(true);
                assertThat(((Number) stop.get("width")).doubleValue() * ((Number) stop.get("height")).doubleValue())
                        .as("%s at %d px: %s has a size", page, width, stop.get("name")).isPositive();
            }
            assertThat(names).as("%s at %d px: Tab moves on", page, width).hasSizeGreaterThan(3);
        }
    }
}
