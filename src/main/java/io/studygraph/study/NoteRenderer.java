package io.studygraph.study;

import java.util.Map;
import java.util.regex.Matcher;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A note's Markdown as HTML that is safe to put in a page: raw HTML in the note is escaped (it
 * shows as text), and a link keeps its target only when it is http(s) or an entity page
 * ({@code /id/…}); {@code [[links]]} become links to the entity's page, unresolved ones marked text.
 */
public final class NoteRenderer {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    String href = attributes.getOrDefault("href", "");
                    if (!href.startsWith("https://") && !href.startsWith("http://") && !href.startsWith("/id/")) attributes.remove("href");
                    else if (!href.startsWith("/id/")) attributes.put("rel", "noopener noreferrer");
                }
            })
            .build();

    private NoteRenderer() {}

    /** {@code wiki}: each {@code [[title]]} → the entity IRI it names, or null. */
    public static String render(String markdown, Map<String, String> wiki) {
        StringBuilder out = new StringBuilder();
        Matcher m = NoteLinks.WIKI.matcher(markdown);
        int at = 0;
        while (m.find()) {
            out.append(markdown, at, m.start());
            String title = m.group(1).strip();
            String shown = m.group(2) == null ? title : m.group(2).strip();
            String target = wiki.get(title);
            out.append(target == null ? "\\[\\[" + escape(shown) + "\\]\\]"
                    : "[" + escape(shown) + "](<" + NoteLinks.localPath(target) + ">)");
            at = m.end();
        }
        out.append(markdown.substring(at));
        Node document = PARSER.parse(out.toString());
        return HTML.render(document);
    }

    /** Markdown's own punctuation in a link's text, taken literally. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]()<>#+!|~-])", "\\\\$1");
    }
}
