package io.studygraph.ingest;

import io.studygraph.graph.Kind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Pasted links: a plain text of addresses or identifiers, one a line ({@code .txt}, or a
 * {@code text/uri-list} whose "#" lines are comments). Each becomes the node its address says,
 * as a link under an entry would ({@link LinkClassifier}, {@link LinkRelations}): "arXiv:2006.11239"
 * and "10.48550/arXiv.2006.11239" the arXiv paper, a DOI a paper, "https://youtu.be/…" a video,
 * "github.com/owner/repo" a repository, an OpenReview forum a paper. Nothing is fetched, so such a
 * node is labelled by its identifier until another source names it.
 */
final class LinkListSource {
    private static final Pattern ARXIV = Pattern.compile("^(?:arxiv:\\s*)?(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI = Pattern.compile("^(?:doi:\\s*)?(10\\.\\d{4,9}/\\S+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARXIV_DOI = Pattern.compile("^10\\.48550/arxiv\\.(.+)$", Pattern.CASE_INSENSITIVE);
    /** "github.com/owner/repo", "www.youtube.com/watch?v=…": an address written without its scheme. */
    private static final Pattern BARE_HOST = Pattern.compile("^(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:/\\S*)?$",
            Pattern.CASE_INSENSITIVE);

    private LinkListSource() {}

    static Graph read(String name, String text, Resolver resolver, ImportReport report, ImportProgress progress) {
        GraphWriter out = new GraphWriter(name);
        Entities entities = new Entities(resolver, out, report);
        LinkRelations relations = new LinkRelations(entities, out, report);
        List<String> lines = TextLines.of(name, text, "link list");
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            report.entry();
            Optional<Link> link = address(line).flatMap(LinkClassifier::classify);
            if (link.isEmpty()) {
                report.skip(n, "not a web address or an identifier (arXiv id, DOI): " + LineCap.head(line));
                continue;
            }
            LocatedLink located = new LocatedLink(link.get(), n, "");
            Optional<Node> node = relations.linked(located);
            if (node.isEmpty()) node = page(link.get(), located, entities, relations);
            if (node.isEmpty()) report.skip(n, "the address does not say what it is (paper, video, repository …): " + link.get().url());
            progress.at("reading " + name, n, "lines", (double) n / lines.size());
        }
        return out.model().getGraph();
    }

    /** A paper's PDF, a post or a video page without an identifier: a work named by its address, the address its url. */
    private static Optional<Node> page(Link link, LocatedLink located, Entities entities, LinkRelations relations) {
        Kind kind = LinkRelations.kindOf(link.type());
        if (kind == null) return Optional.empty();
        EntryLinks links = EntryLinks.ofUrls(List.of(link.url()), located.line());
        Node node = entities.work(kind, link.url().replaceFirst("^https?://(www\\.)?", ""), links, Optional.empty(), located.line());
        relations.apply(node, kind, located, null);
        return Optional.of(node);
    }

    /** The web address a line stands for: itself, an arXiv or DOI address for an identifier, https:// before a bare host. */
    static Optional<String> address(String line) {
        String value = line.strip();
        Matcher arxiv = ARXIV.matcher(value);
        if (arxiv.matches()) return Optional.of("https://arxiv.org/abs/" + arxiv.group(1));
        Matcher doi = DOI.matcher(value);
        if (doi.matches()) {
            // arXiv's DOIs name the arXiv paper: one node with the arXiv link a list gives.
            Matcher onArxiv = ARXIV_DOI.matcher(doi.group(1));
            return Optional.of(onArxiv.matches() ? "https://arxiv.org/abs/" + onArxiv.group(1) : "https://doi.org/" + doi.group(1));
        }
        if (value.matches("(?i)^https?://\\S+$")) return Optional.of(value);
        if (BARE_HOST.matcher(value).matches()) return Optional.of("https://" + value);
        return Optional.empty();
    }
}
