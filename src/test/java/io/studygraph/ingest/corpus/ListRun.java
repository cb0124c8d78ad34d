package io.studygraph.ingest.corpus;

import io.studygraph.graph.Kind;
import io.studygraph.graph.TdbStore;
import io.studygraph.graph.Vocab;
import io.studygraph.ingest.Bundle;
import io.studygraph.ingest.ImportResult;
import io.studygraph.ingest.Importer;
import io.studygraph.ingest.Validator;
import io.studygraph.ingest.corpus.CorpusExpectations.LineRange;
import io.studygraph.ingest.corpus.CorpusExpectations.ListExpectations;
import io.studygraph.ingest.corpus.CorpusExpectations.Pinned;
import io.studygraph.ingest.corpus.FactCheck.Fact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One corpus list imported alone, through the real {@link Importer} into its own in-memory TDB2 store,
 * and everything the corpus test measured of it. An import that throws is kept as a failure, so one
 * rejected list does not hide the figures of the others.
 *
 * @param failure why the import threw, or null
 * @param entriesFound pinned entries the graph has an entity for
 * @param junk entities that should not exist, each described for a developer
 */
record ListRun(ListExpectations expected, String failure, ImportResult result, List<Fact> facts, int entriesFound, List<String> junk) {
    /** Names no entry has: they are headings and navigation, not things to read. */
    private static final Set<String> HEADING_NAMES = Set.of("contents", "content", "table of contents", "table of content", "back to top");
    private static final List<String> BADGE_MARKS = List.of("img.shields.io", "badge.svg", "awesome.re", "github.com/sindresorhus/awesome");

    static ListRun of(Path corpus, ListExpectations expected) {
        String text = read(corpus.resolve(expected.file()));
        try (TdbStore store = TdbStore.inMemory()) {
            Importer importer = new Importer(store, new Validator(turtle(Bundle.shapes())));
            ImportResult result;
            try {
                result = importer.importTexts(Map.of(expected.file(), text)).get(0);
            } catch (RuntimeException e) {
                List<Fact> missed = expected.entries().stream().flatMap(p -> new FactCheck(new SourceGraph(GraphFactory.createDefaultGraph())).check(p).stream()).toList();
                return new ListRun(expected, e.getClass().getSimpleName() + ": " + e.getMessage(), null, missed, 0, List.of());
            }
            SourceGraph graph = new SourceGraph(store.graph(Vocab.sourceGraph(expected.file()).getURI()).getGraph());
            FactCheck check = new FactCheck(graph);
            List<Fact> facts = new ArrayList<>();
            int found = 0;
            for (Pinned pin : expected.entries()) {
                if (check.find(pin).isPresent()) found++;
                facts.addAll(check.check(pin));
            }
            return new ListRun(expected, null, result, List.copyOf(facts), found, junk(graph, expected));
        }
    }

    int stated() { return facts.stream().mapToInt(Fact::stated).sum(); }
    int found() { return facts.stream().mapToInt(Fact::found).sum(); }
    int said() { return facts.stream().mapToInt(Fact::said).sum(); }
    int right() { return facts.stream().mapToInt(Fact::right).sum(); }
    double recall() { return ratio(found(), stated()); }
    double precision() { return ratio(right(), said()); }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static List<String> junk(SourceGraph graph, ListExpectations expected) {
        List<String> junk = new ArrayList<>();
        for (Node e : graph.entities()) {
            Kind kind = graph.kind(e).orElse(null);
            String what = (kind == null ? "?" : kind.slug()) + " " + graph.names(e) + " <" + e.getURI() + "> lines " + graph.sourceLines(e);
            for (LineRange range : expected.notEntries()) {
                if (kind != Kind.LIST && graph.sourceLines(e).stream().anyMatch(range::contains)) junk.add("from lines " + range + " (contents/badges): " + what);
            }
            List<String> iris = new ArrayList<>(graph.iriValues(e));
            iris.add(e.getURI());
            if (iris.stream().anyMatch(i -> BADGE_MARKS.stream().anyMatch(i.toLowerCase(Locale.ROOT)::contains))
                    || graph.texts(e, Vocab.GITHUB_REPO).stream().anyMatch("sindresorhus/awesome"::equalsIgnoreCase)) {
                junk.add("a badge: " + what);
            }
            for (String own : expected.ownRepos()) {
                String url = ("github.com/" + own).toLowerCase(Locale.ROOT);
                if (graph.texts(e, Vocab.GITHUB_REPO).stream().anyMatch(own::equalsIgnoreCase)
                        || iris.stream().map(i -> i.toLowerCase(Locale.ROOT)).anyMatch(i -> i.contains(url + "/") || i.endsWith(url))) {
                    junk.add("the list's own repository " + own + ": " + what);
                }
            }
            if (graph.allLabels(e).stream().map(ListRun::bareHeading).anyMatch(HEADING_NAMES::contains)) junk.add("named like a heading: " + what);
        }
        return junk;
    }

    /** "⬆ Back to top", "Table of Contents:" → "back to top", "table of contents". */
    private static String bareHeading(String label) {
        return label.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").toLowerCase(Locale.ROOT);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading corpus list " + file, e);
        }
    }

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(graph);
        return graph;
    }
}
