package io.studygraph.ingest;

import io.studygraph.ingest.ListDocument.Entry;
import io.studygraph.ingest.ListDocument.Section;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the structure of a Markdown reading list with commonmark: headings become sections, list
 * items entries, nested lists children. A block that follows an item without being part of it
 * (a "> citation" at the left margin, a paragraph of links) belongs to that item, as a reader
 * would see it.
 */
final class MarkdownListParser {
    private static final java.util.regex.Pattern LINK_LINE = java.util.regex.Pattern.compile("^(?:[\\w .-]{1,30}:\\s*)?https?://");
    private static final java.util.regex.Pattern LAZY_ITEM = java.util.regex.Pattern.compile("^[*+-]\\s+(.+)$");
    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    ListDocument parse(String markdown) {
        Document doc = (Document) parser.parse(markdown);
        String title = null;
        List<Section> sections = new ArrayList<>();
        Section current = null;
        Entry last = null;
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                String text = TextRepair.repair(inlineText(h, null).strip());
                if (h.getLevel() == 1 && title == null && sections.isEmpty()) {
                    title = text;
                } else {
                    current = new Section(text, line(h), new ArrayList<>());
                    sections.add(current);
                    last = null;
                }
            } else if (block instanceof ListBlock list) {
                if (current == null) {
                    current = new Section(null, line(list), new ArrayList<>());
                    sections.add(current);
                }
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    last = entry((ListItem) item);
                    current.entries().add(last);
                }
            } else if (last != null) {
                attach(block, last);
            }
        }
        return new ListDocument(title, sections);
    }

    private Entry entry(ListItem item) {
        Entry entry = new Entry(line(item));
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                for (Node sub = nested.getFirstChild(); sub != null; sub = sub.getNext()) {
                    entry.children.add(entry((ListItem) sub));
                }
            } else {
                attach(child, entry);
            }
        }
        return entry;
    }

    private void attach(Node block, Entry entry) {
        if (block instanceof BlockQuote quote) {
            for (Node p = quote.getFirstChild(); p != null; p = p.getNext()) {
                // The citation runs until the first line that is a link; lines glued to the quote
                // lazily ("arXiv: https://...") belong to the entry, not to the citation.
                List<String> lines = lines(p, entry);
                int end = 0;
                while (end < lines.size() && !LINK_LINE.matcher(lines.get(end)).find()) end++;
                if (end > 0) entry.quotes.add(String.join(" ", lines.subList(0, end)));
                for (int i = end; i < lines.size(); i++) {
                    // An indented "* [12] Title ..." after the quote is glued to it lazily by
                    // CommonMark, yet a reader sees a nested entry: make it one.
                    java.util.regex.Matcher item = LAZY_ITEM.matcher(lines.get(i));
                    if (item.matches()) {
                        Entry child = new Entry(i < p.getSourceSpans().size() ? p.getSourceSpans().get(i).getLineIndex() + 1 : entry.line);
                        child.lines.add(item.group(1));
                        entry.children.add(child);
                    } else {
                        entry.lines.add(lines.get(i));
                    }
                }
            }
        } else if (block instanceof Paragraph || block instanceof Heading) {
            entry.lines.addAll(lines(block, entry));
        } else if (block instanceof ListBlock list) {
            for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) entry.children.add(entry((ListItem) sub));
        }
    }

    private static List<String> lines(Node block, Entry entry) {
        List<String> out = new ArrayList<>();
        for (String l : inlineText(block, entry).split("\n")) {
            String repaired = TextRepair.repair(l.strip());
            if (!repaired.isEmpty()) out.add(repaired);
        }
        return out;
    }

    /** Plain text of inline content; links keep their address so it can be classified. */
    private static String inlineText(Node block, Entry entry) {
        StringBuilder sb = new StringBuilder();
        AbstractVisitor visitor = new AbstractVisitor() {
            @Override public void visit(Text text) { sb.append(text.getLiteral()); }
            @Override public void visit(Code code) {
                mark(code.getLiteral());
                sb.append(code.getLiteral());
            }
            @Override public void visit(SoftLineBreak br) { sb.append('\n'); }
            @Override public void visit(HardLineBreak br) { sb.append('\n'); }
            @Override public void visit(StrongEmphasis strong) {
                mark(inlineText(strong, null));
                visitChildren(strong);
            }
            @Override public void visit(Emphasis em) { visitChildren(em); }
            @Override public void visit(Link link) {
                String label = inlineText(link, null);
                if (!label.equals(link.getDestination())) mark(label);
                sb.append(label.equals(link.getDestination()) ? "" : label + " ").append(link.getDestination());
            }

            private void mark(String text) {
                if (entry != null && entry.markedTitle == null && entry.lines.isEmpty() && sb.length() < 3
                        && !text.startsWith("http")) {
                    entry.markedTitle = TextRepair.repair(text.strip());
                }
            }
        };
        // Visit the children, not the node itself: for a bold or link node the overridden visit
        // method would call inlineText on the same node again, without end.
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) child.accept(visitor);
        return sb.toString();
    }

    private static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
