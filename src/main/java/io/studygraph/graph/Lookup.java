package io.studygraph.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Bound lookups over the union of the store's graphs: a pattern with concrete nodes where known
 * and {@link Node#ANY} elsewhere, read no further than a limit. The views read the store this
 * way, so their cost follows the nodes they touch, not the size of the graph. In-process the
 * dataset's own indexes answer (one prefix scan per lookup, no query to plan); a store without a
 * local dataset answers one bound SPARQL query per lookup.
 *
 * <pre>{@code
 * int cited = Lookup.read(store, l -> l.count(Node.ANY, Vocab.CITES, paper, 1000));
 * }</pre>
 */
final class Lookup {
    // Asked only to reach the execution's dataset; never run.
    private static final Query PROBE = Sparql.parse("ASK {}");
    private static final Query TRIPLES = Sparql.parse("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");

    private final Store store;
    private final Graph union;

    private Lookup(Store store, Graph union) {
        this.store = store;
        this.union = union;
    }

    /** Runs {@code reads} in one read transaction, every lookup seeing the same state. */
    static <T> T read(Store store, Function<Lookup, T> reads) {
        return store.read(() -> store.query(PROBE, qe -> {
            Dataset local = qe.getDataset();
            return reads.apply(new Lookup(store, local == null ? null : local.asDatasetGraph().getUnionGraph()));
        }));
    }

    /** Visits the triples matching the pattern, at most {@code limit} of them; returns how many it visited. */
    int find(Node s, Node p, Node o, int limit, Consumer<Triple> each) {
        if (union == null) return remote(s, p, o, limit, each);
        ExtendedIterator<Triple> it = union.find(s, p, o);
        try {
            int n = 0;
            while (n < limit && it.hasNext()) {
                each.accept(it.next());
                n++;
            }
            return n;
        } finally {
            it.close();
        }
    }

    /** How many triples match, counted up to {@code cap}. */
    int count(Node s, Node p, Node o, int cap) {
        return find(s, p, o, cap, t -> {});
    }

    private int remote(Node s, Node p, Node o, int limit, Consumer<Triple> each) {
        Map<String, Node> bindings = new HashMap<>();
        if (s.isConcrete()) bindings.put("s", s);
        if (p.isConcrete()) bindings.put("p", p);
        if (o.isConcrete()) bindings.put("o", o);
        Query bounded = TRIPLES.cloneQuery();
        bounded.setLimit(limit);
        int n = 0;
        for (QuerySolution row : Sparql.select(store, bounded, bindings)) {
            Node rs = s.isConcrete() ? s : row.get("s").asNode();
            Node rp = p.isConcrete() ? p : row.get("p").asNode();
            Node ro = o.isConcrete() ? o : row.get("o").asNode();
            each.accept(Triple.create(rs, rp, ro));
            n++;
        }
        return n;
    }
}
