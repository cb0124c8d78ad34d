package io.studygraph.bench;

import io.studygraph.StudyGraph;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Vocab;
import io.studygraph.graph.WalkFilter;
import io.studygraph.search.SearchRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Measures StudyGraph on a synthetic graph and prints each result as a ratio against a baseline
 * measured in the same run, never as an absolute pass/fail: entity search against the SPARQL
 * text scan a store without an index would need (every name containing the word, before any
 * ranking), and the entity view against reading the entity's own triples.
 *
 * <pre>{@code java -jar target/studygraph.jar bench --triples 1000000}</pre>
 */
final class Benchmark {
    private static final Query TEXT_SCAN = Sparql.parse("""
            SELECT ?e WHERE { ?e schema:name ?name FILTER(CONTAINS(LCASE(?name), ?word)) }""");
    private static final Query DESCRIBE = Sparql.parse("SELECT ?p ?o WHERE { ?e ?p ?o }");

    private final PrintWriter out;

    Benchmark(PrintWriter out) {
        this.out = out;
    }

    void run(Path dataDir, int triples, int rounds) {
        var graph = SyntheticGraph.generate(triples, 42);
        try (StudyGraph sg = StudyGraph.open(dataDir)) {
            long load = time(() -> {
                sg.store().replaceGraphs(Map.of(Vocab.SOURCE + "synthetic.ttl", ModelFactory.createModelForGraph(graph)));
                return null;
            });
            long index = time(() -> sg.index().rebuild());
            out.printf("graph: %,d triples, %,d entities indexed; load %,d ms, index %,d ms%n",
                    sg.store().size(), sg.index().size(), load / 1_000_000, index / 1_000_000);
            Random random = new Random(7);
            List<String> words = Arrays.asList("diffusion", "guidance", "latent", "transformer", "energy", "bayesian");
            double search = median(rounds, () -> sg.search().search(new SearchRequest(pick(random, words) + " " + pick(random, words),
                    null, null, null, 10, 0)));
            double scan = median(Math.max(3, rounds / 10), () -> Sparql.select(sg.store(), TEXT_SCAN,
                    Map.of("word", NodeFactory.createLiteralString(pick(random, words)))));
            report("entity search (ranked, faceted, highlighted)", search, "SPARQL CONTAINS scan of names", scan);
            double suggest = median(rounds, () -> sg.search().suggest("diff", 8));
            report("autocomplete", suggest, "SPARQL CONTAINS scan of names", scan);
            String paper = Vocab.ID + "paper/arxiv-2000.00100";
            double entity = median(rounds, () -> sg.entities().describe(paper));
            double describe = median(rounds, () -> Sparql.select(sg.store(), DESCRIBE, Map.of("e", NodeFactory.createURI(paper))));
            report("entity view (labels, both directions, provenance)", entity, "its triples alone", describe);
            String other = Vocab.ID + "paper/arxiv-2000.00007";
            double path = median(Math.max(3, rounds / 10), () -> sg.paths().find(paper, other, 4, 3, WalkFilter.DEFAULT));
            report("3 shortest paths within 4 hops", path, "entity view", entity);
        }
    }

    private void report(String what, double nanos, String baseline, double baselineNanos) {
        out.printf("%-52s %9.2f ms   %6.2fx %s (%.2f ms)%n", what, nanos / 1e6, nanos / baselineNanos, baseline, baselineNanos / 1e6);
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    /** Median of {@code rounds} timed runs, after as many warm-up runs. */
    private static double median(int rounds, Supplier<?> work) {
        for (int i = 0; i < rounds; i++) work.get();
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) times[i] = time(work);
        Arrays.sort(times);
        return times[rounds / 2];
    }
}
