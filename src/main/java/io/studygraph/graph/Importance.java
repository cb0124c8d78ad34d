package io.studygraph.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * How central each entity is in the local graph: PageRank over the links that say one item leads
 * to another (a paper cites or builds on another, a video or tutorial explains a paper, a
 * repository implements one), as Inciteful ranks papers; works also pass some of their rank to
 * their authors and presenters and to the concepts they are about, so people and concepts are
 * ranked by what they are part of. Scores are scaled from 0 (nothing leads to it) to 1 (the most central).
 *
 * <p>The scores are kept in their own derived graph ({@code sg:importance}, two decimals, and
 * none below 0.01, so a small import rewrites only the scores it moved), recomputed after each import, and
 * read back once and kept by the instance that recomputes them. Search ranks hits and suggestions with them, graphs size nodes
 * by them.
 *
 * <pre>{@code
 * Importance importance = new Importance(store);
 * importance.recompute();                       // after an import
 * importance.of("https://w3id.org/studygraph/id/paper/arxiv-2006.11239"); // 1.0
 * }</pre>
 */
public final class Importance {
    /** How much of a step's rank each kind of link passes on, relative to a citation. */
    private static final Map<Node, Double> WEIGHTS = Map.of(
            Vocab.CITES, 1.0, Vocab.BUILDS_ON, 1.0, Vocab.EXPLAINS, 1.0, Vocab.IMPLEMENTS, 1.0,
            Vocab.AUTHOR, 0.5, Vocab.PRESENTER, 0.5, Vocab.ABOUT, 0.3, Vocab.MENTIONS, 0.2);
    private static final Query LINKS = Sparql.parse("""
            SELECT ?s ?p ?o WHERE {
              VALUES ?p { cito:cites sg:buildsOn sg:explains sg:implements schema:author sg:presenter schema:about schema:mentions }
              GRAPH ?g { ?s ?p ?o }
              FILTER (isIRI(?s) && isIRI(?o) && ?s != ?o)
            }""");
    private static final Query SCORES = Sparql.parse("SELECT ?e ?score WHERE { GRAPH ?g { ?e sg:importance ?score } }");
    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 50;
    /** Scores are kept to two decimals, so an import rewrites (and re-indexes) only the scores it moved by that much. */
    private static final int KEPT_DECIMALS = 2;

    private final Store store;
    private volatile Map<String, Double> scores;

    public Importance(Store store) {
        this.store = store;
    }

    /** The entity's score in [0, 1]; 0 when nothing links to or from it. */
    public double of(String iri) {
        return scores().getOrDefault(iri, 0.0);
    }

    /**
     * Every scored entity's score. Read from the store once, then kept: this instance is the one
     * that writes them ({@link #recompute()}), and any other write (a note, a progress mark)
     * leaves them as they are, so reading them again after each would be work for nothing.
     */
    public Map<String, Double> scores() {
        Map<String, Double> kept = scores;
        if (kept != null) return kept;
        synchronized (this) {
            if (scores == null) {
                Map<String, Double> read = new HashMap<>();
                store.query(SCORES, qe -> {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        read.put(row.getResource("e").getURI(), row.getLiteral("score").getDouble());
                    }
                    return null;
                });
                scores = read;
            }
            return scores;
        }
    }

    /**
     * Computes every score from the store's links and replaces the importance graph with them.
     * Returns the IRIs whose kept score changed, so whatever ranks by it (the search index) can
     * refresh just those.
     */
    public Set<String> recompute() {
        Map<String, Double> computed = compute();
        Map<String, Double> before = scores();
        Graph g = GraphFactory.createDefaultGraph();
        Set<String> changed = new HashSet<>();
        computed.forEach((iri, score) -> {
            BigDecimal kept = BigDecimal.valueOf(score).setScale(KEPT_DECIMALS, java.math.RoundingMode.HALF_UP);
            // What rounds to 0 is not stored: most of a large graph is cited by few, and 0 is the default.
            if (kept.signum() == 0) return;
            // In canonical form ("1.0", not "1.000"): TDB2 keeps a decimal's scale inside its node id but
            // reads it back canonical, so a score written otherwise could never be deleted again.
            g.add(NodeFactory.createURI(iri), Vocab.IMPORTANCE, CanonicalizeLiteral.get().apply(
                    NodeFactory.createLiteralDT(kept.toPlainString(), XSDDatatype.XSDdecimal)));
            if (!before.containsKey(iri) || before.get(iri) != kept.doubleValue()) changed.add(iri);
        });
        java.util.Set<String> stored = new HashSet<>();
        g.find().forEachRemaining(t -> stored.add(t.getSubject().getURI()));
        before.keySet().stream().filter(iri -> !stored.contains(iri)).forEach(changed::add);
        if (!changed.isEmpty()) {
            store.replaceGraphs(Map.of(Vocab.IMPORTANCE_GRAPH, ModelFactory.createModelForGraph(g)));
            Map<String, Double> now = new HashMap<>();
            g.find().forEachRemaining(t -> now.put(t.getSubject().getURI(), Double.parseDouble(t.getObject().getLiteralLexicalForm())));
            scores = now;
        }
        return changed;
    }

    /** Weighted PageRank over the links, scaled to a maximum of 1. */
    Map<String, Double> compute() {
        Map<String, Integer> ids = new HashMap<>();
        List<String> iris = new ArrayList<>();
        // One link per (from, to): the same statement in two sources counts once, the strongest kind wins.
        Map<Long, Double> links = new HashMap<>();
        store.query(LINKS, qe -> {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                int from = id(row.getResource("s").getURI(), ids, iris);
                int to = id(row.getResource("o").getURI(), ids, iris);
                double w = WEIGHTS.get(row.getResource("p").asNode());
                links.merge(((long) from << 32) | to, w, Math::max);
            }
            return null;
        });
        int n = iris.size();
        if (n == 0) return Map.of();
        int[] from = new int[links.size()], to = new int[links.size()];
        double[] weight = new double[links.size()], outWeight = new double[n];
        int k = 0;
        for (Map.Entry<Long, Double> e : links.entrySet()) {
            from[k] = (int) (e.getKey() >>> 32);
            to[k] = (int) (long) e.getKey();
            weight[k] = e.getValue();
            outWeight[from[k]] += weight[k];
            k++;
        }
        double[] rank = new double[n], next = new double[n];
        java.util.Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) if (outWeight[i] == 0) dangling += rank[i];
            java.util.Arrays.fill(next, (1 - DAMPING) / n + DAMPING * dangling / n);
            for (int e = 0; e < from.length; e++) next[to[e]] += DAMPING * rank[from[e]] * weight[e] / outWeight[from[e]];
            double delta = 0;
            for (int i = 0; i < n; i++) delta += Math.abs(next[i] - rank[i]);
            double[] t = rank;
            rank = next;
            next = t;
            if (delta < 1e-9) break;
        }
        // Scaled from the least central (nothing leads to it: the random jump's share alone) to the most.
        double max = java.util.Arrays.stream(rank).max().orElse(1), min = java.util.Arrays.stream(rank).min().orElse(0);
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < n; i++) out.put(iris.get(i), max > min ? (rank[i] - min) / (max - min) : 0);
        return out;
    }

    private static int id(String iri, Map<String, Integer> ids, List<String> iris) {
        return ids.computeIfAbsent(iri, x -> {
            iris.add(x);
            return iris.size() - 1;
        });
    }
}
