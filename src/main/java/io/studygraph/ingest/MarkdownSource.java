package io.studygraph.ingest;

import java.util.List;
import org.apache.jena.graph.Graph;

/** A Markdown reading list, read into the graph of its source. */
final class MarkdownSource {
    private MarkdownSource() {}

    static Graph read(String name, String markdown, Resolver resolver, ImportReport report, ImportProgress progress) {
        ListDocument doc = new MarkdownListParser().parse(name, markdown);
        GraphWriter out = new GraphWriter(name);
        new ReadingListMapper(name, resolver, out, report, progress).map(doc);
        return out.model().getGraph();
    }
}
