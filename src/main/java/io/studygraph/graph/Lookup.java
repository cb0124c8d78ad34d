package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Bound lookups over the store's named graphs (what queries see as the union): a pattern with concrete nodes where known
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

    private static final List<Node> LABELS = List.of(Vocab.NAME, Vocab.PREF_LABEL, Vocab.RDFS_LABEL);

    private final Store store;
    private final DatasetGraph local;

    private Lookup(Store store, DatasetGraph local) {
        this.store = store;
        this.local = local;
    }

    /** Runs {@code reads} in one read transaction, every lookup seeing the same state. */
    static <T> T read(Store store, Function<Lookup, T> reads) {
        return store.read(() -> store.query(PROBE, qe -> {
            Dataset local = qe.getDataset();
            return reads.apply(new Lookup(store, local == null ? null : local.asDatasetGraph()));
        }));
    }

    /**
     * Visits the triples matching the pattern in any named graph, at most {@code limit} of them;
     * returns how many it visited. A triple stated by two sources is visited once per source:
     * TDB2's union graph would remove such repeats, at two to five times the cost of a lookup.
     */
    int find(Node s, Node p, Node o, int limit, Consumer<Triple> each) {
        if (local == null) return remote(s, p, o, limit, each);
        Iterator<Quad> it = local.findNG(Node.ANY, s, p, o);
        try {
            int n = 0;
            while (n < limit && it.hasNext()) {
                each.accept(it.next().asTriple());
                n++;
            }
            return n;
        } finally {
            Iter.close(it);
        }
    }

    /** How many triples match, counted up to {@code cap}. */
    int count(Node s, Node p, Node o, int cap) {
        return find(s, p, o, cap, t -> {});
    }

    /**
     * Display label and kind of each entity, by the one label rule (name, else preferred label,
     * else rdfs:label, else words from the IRI): a bound lookup or two per entity. The kind comes
     * from the IRI, or from the types of an entity outside the dataset's namespace.
     */
    Map<String, EntityView.Ref> refs(Collection<String> iris) {
        Map<String, EntityView.Ref> refs = new LinkedHashMap<>();
        for (String iri : iris) {
            Node n = NodeFactory.createURI(iri);
            String label = null;
            for (Node property : LABELS) {
                label = first(n, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(null);
                if (label != null) break;
            }
            String kind = Adjacency.kindOf(iri);
            if (kind == null) kind = Kind.of(iri, objects(n, Vocab.TYPE, 20)).map(Kind::slug).orElse(null);
            refs.put(iri, new EntityView.Ref(iri, label != null ? label : Labels.humanise(iri), kind));
        }
        return refs;
    }

    /** The object of one triple {@code s p ?}, if any. */
    Optional<Node> first(Node s, Node p) {
        Node[] found = {null};
        find(s, p, Node.ANY, 1, t -> found[0] = t.getObject());
        return Optional.ofNullable(found[0]);
    }

    /** The objects of up to {@code limit} triples {@code s p ?}, each once. */
    List<Node> objects(Node s, Node p, int limit) {
        Set<Node> objects = new LinkedHashSet<>();
        find(s, p, Node.ANY, limit, t -> objects.add(t.getObject()));
        return List.copyOf(objects);
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
