package io.studygraph.ingest;

import io.studygraph.ingest.ListDocument.Anchor;
import io.studygraph.ingest.ListDocument.Entry;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Flattens inline Markdown to text for one entry, and notes on the way what the markup says:
 * the links with their text, italic runs (author lines), and a bold, code or link text at the
 * very start (the title). Images and links around images (badges) are not content. What it notes
 * is bounded as the lines are ({@link LineCap}): the entry readers' patterns cost the square of it.
 */
final class InlineVisitor extends AbstractVisitor {
    private final StringBuilder sb = new StringBuilder();
    private final Entry entry;
    private int line;
    /** Inside {@code <sup>…</sup>}: affiliation marks ("Vedant Singh<sup>1</sup>"), not text. */
    private boolean superscript;

    /** {@code entry} receives what the markup says; null to only read the text. */
    InlineVisitor(Entry entry, int firstLine) {
        this.entry = entry;
        this.line = firstLine;
    }

    String text() {
        return sb.toString();
    }

    @Override public void visit(Text text) {
        if (!superscript) sb.append(text.getLiteral());
    }

    @Override public void visit(Code code) {
        mark(code.getLiteral(), null);
        sb.append(code.getLiteral());
    }

    @Override public void visit(SoftLineBreak br) { newLine(); }

    @Override public void visit(HardLineBreak br) { newLine(); }

    @Override public void visit(Image image) { }

    @Override public void visit(HtmlInline html) {
        String tag = html.getLiteral().toLowerCase(java.util.Locale.ROOT);
        if (tag.matches("<br\\s*/?>")) newLine();
        else if (tag.startsWith("<sup")) superscript = true;
        else if (tag.startsWith("</sup")) superscript = false;
    }

    // Only a visitor that records reads an emphasis twice (once for its plain text): one that read
    // it twice at every level would take 2^n steps for n nested emphases.
    @Override public void visit(StrongEmphasis strong) {
        if (entry != null) mark(plain(strong), null);
        visitChildren(strong);
    }

    @Override public void visit(Emphasis em) {
        if (entry != null) {
            String text = plain(em);
            if (!text.isBlank()) entry.emphasised.add(TextRepair.repair(LineCap.head(text.strip())));
        }
        visitChildren(em);
    }

    @Override public void visit(Link link) {
        if (isBadge(link)) return;
        String url = link.getDestination();
        String label = plain(link).strip();
        boolean web = url.startsWith("http://") || url.startsWith("https://");
        if (!web) {
            if (entry != null && url.startsWith("#")) entry.inPage = true;
            // An in-page anchor, a relative path or an empty "[paper]()" names nothing outside the
            // list: keep its text only, unless the text only says what kind of link it was.
            if (!LinkLabels.isGeneric(label)) sb.append(label);
            return;
        }
        if (entry != null) entry.anchors.add(new Anchor(TextRepair.repair(label.equals(url) ? "" : LineCap.head(label)), url, line));
        if (!label.equals(url)) mark(label, url);
        sb.append(label.equals(url) ? "" : label + " ").append(url);
    }

    private void newLine() {
        sb.append('\n');
        line = line > 0 ? line + 1 : 0;
    }

    /** A link whose only content is an image: a badge or a logo. */
    private static boolean isBadge(Link link) {
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Image) && !(child instanceof Text t && t.getLiteral().isBlank())) return false;
        }
        return link.getFirstChild() != null;
    }

    private void mark(String text, String url) {
        String before = sb.toString().strip();
        // "[UCL] [COMPM050 Reinforcement Learning](…)": an organisation in brackets may precede the title.
        boolean atStart = before.length() < 3 || before.matches("\\[[^\\]]{1,60}\\]:?");
        if (entry != null && entry.markedTitle == null && entry.lines.isEmpty() && atStart
                && !text.startsWith("http")) {
            entry.markedTitle = TextRepair.repair(LineCap.head(text.strip()));
            entry.titleUrl = url;
        }
    }

    private static String plain(Node node) {
        InlineVisitor inner = new InlineVisitor(null, 0);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) child.accept(inner);
        return inner.text();
    }
}
