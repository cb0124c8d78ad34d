package io.studygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page carries the one shared top bar, with its own link marked as the current page. */
class PagesTest {
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
    void the_top_bar_is_put_in_with_the_current_link_marked() {
        String bar = "<header class=\"topbar\">";
        String search = "<form class=\"searchbox\" role=\"search\" action=\"/search.html\"";
        for (String path : new String[] {"/", "/index.html", "/entity.html", "/search.html", "/explore.html", "/path.html"}) {
            String html = server.get(path).body();
            assertThat(html).as(path).contains(bar, search).doesNotContain("#topbar");
        }
        assertThat(server.get("/").body()).contains("href=\"/\" aria-current=\"page\">Home");
        assertThat(server.get("/path.html").body()).contains("href=\"/path.html\" aria-current=\"page\">Paths")
                .doesNotContain("href=\"/\" aria-current");
        assertThat(server.get("/sparql", "text/html").body()).contains(bar, "href=\"/sparql\" aria-current=\"page\">SPARQL");
        assertThat(server.get("/id/paper/arxiv-2105.05233", "text/html").body()).contains(bar).doesNotContain("aria-current");
    }

    @Test
    void a_page_without_a_marker_is_left_as_it_is() {
        assertThat(Pages.render("<p>plain</p>", "<header>")).isEqualTo("<p>plain</p>");
        assertThat(Pages.render("<body><!--#topbar /x--></body>", "<a href=\"/x\">X</a><a href=\"/y\">Y</a>"))
                .isEqualTo("<body><a href=\"/x\" aria-current=\"page\">X</a><a href=\"/y\">Y</a></body>");
    }
}
