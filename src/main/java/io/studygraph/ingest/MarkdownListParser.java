package io.studygraph.ingest;

import io.studygraph.ingest.ListDocument.Entry;
import io.studygraph.ingest.ListDocument.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the structure of a Markdown reading list with commonmark: headings become sections; list
 * items, table rows and paragraphs that open with a bold title become entries; nested lists
 * children. A block that follows an item without being part of it (a "> citation" at the left
 * margin, a paragraph of links) belongs to that item, as a reader would see it. HTML blocks
 * (an HTML table of contents, {@code <details>} wrappers) are not read; what they wrap is.
 * One instance per document: it collects the lines it had to cut ({@link LineCap}).
 */
final class MarkdownListParser {
    private static final Pattern LINK_LINE = Pattern.compile("^(?:[\\w .-]{1,30}:\\s*)?https?://");
    private static final Pattern LAZY_ITEM = Pattern.compile("^[*+-]\\s+(.+)$");
    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final LineCap cap = new LineCap();

    /** The list's structure; an ImportException naming {@code name} if it nests too deep to walk. */
    ListDocument parse(String name, String markdown) {
        MarkdownNesting.checkText(name, markdown);
        Node doc = parser.parse(markdown);
        MarkdownNesting.check(name, doc);
        String title = null;
        List<Section> sections = new ArrayList<>();
        Section current = null;
        Entry last = null;
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h && current != null && namesAWork(h)) {
                // "### [DDPM](https://arxiv.org/abs/2006.11239)" with its authors and venue below: an entry.
                last = new Entry(line(h));
                attach(h, last);
                current.entries().add(last);
                continue;
            }
            if (block instanceof Heading h) {
                String text = TextRepair.repair(cap.apply(InlineText.of(h, null, 0).strip(), line(h)));
                if (h.getLevel() == 1 && title == null && sections.isEmpty()) {
                    title = text;
                } else {
                    current = new Section(text, line(h), new ArrayList<>());
                    sections.add(current);
                    last = null;
                }
                continue;
            }
            if (current == null && (block instanceof ListBlock || block instanceof TableBlock || opensWithBold(block))) {
                current = new Section(null, line(block), new ArrayList<>());
                sections.add(current);
            }
            if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    last = entry((ListItem) item);
                    current.entries().add(last);
                }
            } else if (block instanceof TableBlock table) {
                current.entries().addAll(TableRows.read(table, cap));
                last = null;
            } else if (opensWithBold(block)) {
                last = new Entry(line(block));
                attach(block, last);
                current.entries().add(last);
            } else if (last != null && !isGroupLabel(block)) {
                attach(block, last);
            }
        }
        return new ListDocument(title, sections, cap.cuts());
    }

    /** "**Title** \ *Authors* \ Venue [[Paper](…)]": a paragraph entry, as awesome lists write them. */
    private static boolean opensWithBold(Node block) {
        if (!(block instanceof Paragraph)) return false;
        Node first = block.getFirstChild();
        while (first instanceof Text t && t.getLiteral().isBlank()) first = first.getNext();
        return first instanceof StrongEmphasis;
    }

    /** A heading that is a link to a paper, a video or a repository, not a topic. */
    private static boolean namesAWork(Heading heading) {
        Entry probe = new Entry(0);
        InlineText.of(heading, probe, 0);
        return probe.anchors.stream().map(a -> LinkClassifier.classify(a.url()))
                .flatMap(java.util.Optional::stream).anyMatch(l -> LinkRelations.kindOf(l.type()) != null);
    }

    /** A short line with no link right before a list ("Foundational Papers") labels that list. */
    private static boolean isGroupLabel(Node block) {
        return block instanceof Paragraph && block.getNext() instanceof ListBlock
                && !InlineText.of(block, null, 0).contains("://");
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
            for (Node p = quote.getFirstChild(); p != null; p = p.getNext()) attachQuoted(p, entry);
        } else if (block instanceof Paragraph || block instanceof Heading) {
            entry.lines.addAll(lines(block, entry));
        } else if (block instanceof ListBlock list) {
            for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) entry.children.add(entry((ListItem) sub));
        }
    }

    private void attachQuoted(Node p, Entry entry) {
        // The citation runs until the first line that is a link; lines glued to the quote
        // lazily ("arXiv: https://...") belong to the entry, not to the citation.
        List<String> lines = lines(p, entry);
        int end = 0;
        while (end < lines.size() && !LINK_LINE.matcher(lines.get(end)).find()) end++;
        if (end > 0) entry.quotes.add(cap.apply(String.join(" ", lines.subList(0, end)), line(p)));
        for (int i = end; i < lines.size(); i++) {
            // An indented "* [12] Title ..." after the quote is glued to it lazily by
            // CommonMark, yet a reader sees a nested entry: make it one.
            Matcher item = LAZY_ITEM.matcher(lines.get(i));
            if (item.matches()) {
                Entry child = new Entry(i < p.getSourceSpans().size() ? p.getSourceSpans().get(i).getLineIndex() + 1 : entry.line);
                child.lines.add(item.group(1));
                entry.children.add(child);
            } else {
                entry.lines.add(lines.get(i));
            }
        }
    }

    private List<String> lines(Node block, Entry entry) {
        List<String> out = new ArrayList<>();
        int at = line(block);
        for (String l : InlineText.of(block, entry, at).split("\n")) {
            String repaired = TextRepair.repair(cap.apply(l.strip(), at));
            at = at > 0 ? at + 1 : 0;
            if (!repaired.isEmpty()) out.add(repaired);
        }
        return out;
    }

    static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    /** Rows of a table whose header names the columns: each body row is one entry. */
    static final class TableRows {
        private TableRows() {}

        static List<Entry> read(TableBlock table, LineCap cap) {
            List<String> headers = new ArrayList<>();
            List<Entry> rows = new ArrayList<>();
            int index = 0;
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) continue;
                    if (headers.isEmpty()) {
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            headers.add(InlineText.of(cell, null, 0).strip().toLowerCase(java.util.Locale.ROOT));
                        }
                    } else {
                        int rowLine = line(row) > 0 ? line(row) : line(table) + 2 + index;
                        rows.add(row((TableRow) row, headers, rowLine, cap));
                        index++;
                    }
                }
            }
            return rows;
        }

        private static Entry row(TableRow row, List<String> headers, int line, LineCap cap) {
            Entry entry = new Entry(line);
            int column = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), column++) {
                if (!(cell instanceof TableCell)) continue;
                String header = column < headers.size() ? headers.get(column) : "column " + (column + 1);
                Entry scratch = new Entry(line);
                String text = TextRepair.repair(cap.apply(InlineText.of(cell, scratch, line).replace('\n', ' ').strip(), line));
                entry.anchors.addAll(scratch.anchors);
                entry.emphasised.addAll(scratch.emphasised);
                entry.cells.put(header, text);
                if (TableColumns.isTitle(header)) {
                    entry.markedTitle = scratch.markedTitle;
                    entry.titleUrl = scratch.titleUrl;
                    entry.lines.add(0, text);
                } else if (!text.isEmpty()) {
                    entry.lines.add(text);
                }
            }
            return entry;
        }
    }

    /** What a table column holds, from its heading. */
    static final class TableColumns {
        private TableColumns() {}

        static boolean isTitle(String header) {
            return header.matches("(paper|papers|title|name|work|publication|article|resource|project)s?");
        }
    }

    /** Plain text of inline content, with each link's address after its text so it can be classified. */
    static final class InlineText {
        private InlineText() {}

        static String of(Node block, Entry entry, int firstLine) {
            InlineVisitor visitor = new InlineVisitor(entry, firstLine);
            // Visit the children, not the node itself: for a bold or link node the overridden visit
            // method would read the same node again, without end.
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) child.accept(visitor);
            return visitor.text();
        }
    }
}
