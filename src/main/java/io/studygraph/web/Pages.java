package io.studygraph.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML pages of {@code web/}, each with the shared top bar ({@code web/partials/topbar.html})
 * put in where the page says {@code <!--#topbar /current-link-->}. Done once at start, on the
 * server: the pages stay plain files without a build step, the bar is in the HTML (no layout
 * jump, search works without scripts), and it is written once.
 */
final class Pages {
    static final List<String> NAMES = List.of("index.html", "entity.html", "search.html", "explore.html", "path.html", "sparql.html", "study.html",
            "gaps.html", "cards.html", "missing.html", "unavailable.html", "sources.html");
    private static final String ROOT = "studygraph/web/";
    private static final Pattern MARKER = Pattern.compile("<!--#topbar(?: (\\S+))?-->");

    private final Map<String, byte[]> pages = new LinkedHashMap<>();

    Pages() {
        String topbar = read("partials/topbar.html").strip();
        for (String name : NAMES) pages.put(name, render(read(name), topbar).getBytes(StandardCharsets.UTF_8));
    }

    /** Puts the top bar in, marking the page's own link as the current one. */
    static String render(String page, String topbar) {
        Matcher m = MARKER.matcher(page);
        if (!m.find()) return page;
        String bar = m.group(1) == null ? topbar
                : topbar.replace("href=\"" + m.group(1) + "\">", "href=\"" + m.group(1) + "\" aria-current=\"page\">");
        return page.substring(0, m.start()) + bar + page.substring(m.end());
    }

    void serve(Context ctx, String name) {
        ctx.contentType("text/html; charset=utf-8").result(pages.get(name));
    }

    /** Whether the static file handler must leave a request to these pages (or to the partials). */
    static boolean isPage(String path) {
        return path.equals("/") || path.startsWith("/partials/") || NAMES.stream().anyMatch(n -> path.equals("/" + n));
    }

    private static String read(String path) {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) throw new IllegalStateException("Missing page " + ROOT + path + " in this build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the page " + path, e);
        }
    }
}
