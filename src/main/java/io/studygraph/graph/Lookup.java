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
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

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
    private static final Query QUADS = Sparql.parse("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query REF_FACTS = Sparql.parse(
            "SELECT ?e ?p ?v WHERE { VALUES ?p { schema:name skos:prefLabel rdfs:label rdf:type } GRAPH ?g { ?e ?p ?v } }");
    /** Entities whose labels one remote query reads at most. */
    private static final int REF_BATCH = 200;

    private static final Query SUBJECTS = Sparql.parse("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query LIST_CELLS = Sparql.parse("SELECT DISTINCT ?g ?s ?p ?o WHERE { ?head rdf:rest* ?s . GRAPH ?g { ?s ?p ?o } }");
    /** A remote subject's statements are fetched whole only up to this many: a hub's are looked up as asked. */
    private static final int PREFETCH_MAX = 500;

    private final Store store;
    /** On a remote store, every statement of the subjects fetched whole ({@link #prefetch}), by subject. */
    private final Map<Node, List<Quad>> fetched = new HashMap<>();
    private final DatasetGraph local;
    /** Reads on node ids of the TDB2 tables behind {@link #local}; null for other datasets. */
    private final TdbIds ids;
    private final ViewCache.Generation cache;

    private Lookup(Store store, DatasetGraph local, ViewCache.Generation cache) {
        this.store = store;
        this.local = local;
        DatasetGraphTDB tdb = local == null ? null : TDBInternal.getDatasetGraphTDB(local);
        this.ids = tdb == null ? null : new TdbIds(tdb);
        this.cache = cache;
    }

    /** Runs {@code reads} in one read transaction, every lookup seeing the same state. */
    static <T> T read(Store store, Function<Lookup, T> reads) {
        return read(store, null, reads);
    }

    /** {@link #read(Store, Function)}, keeping derived values in {@code cache} (may be null) for this state. */
    static <T> T read(Store store, ViewCache cache, Function<Lookup, T> reads) {
        return store.read(() -> store.query(PROBE, qe -> {
            Dataset local = qe.getDataset();
            ViewCache.Generation kept = cache == null ? ViewCache.NONE : cache.at(store.generation());
            return reads.apply(new Lookup(store, local == null ? null : local.asDatasetGraph(), kept));
        }));
    }

    /**
     * Visits the triples matching the pattern in any named graph, at most {@code limit} of them;
     * returns how many it visited. A triple stated by two sources is visited once per source:
     * TDB2's union graph would remove such repeats, at two to five times the cost of a lookup.
     */
    int find(Node s, Node p, Node o, int limit, Consumer<Triple> each) {
        int[] n = {0};
        quads(s, p, o, limit, q -> {
            each.accept(q.asTriple());
            n[0]++;
            return true;
        });
        return n[0];
    }

    /**
     * Visits the matching statements with their graph, in index order, until {@code each} answers
     * false or {@code limit} are visited. A remote store streams one bound query, read no further.
     */
    void quads(Node s, Node p, Node o, int limit, Predicate<Quad> each) {
        if (local == null && fetched.containsKey(s)) {
            int n = 0;
            for (Quad q : fetched.get(s)) {
                if (n >= limit) return;
                if (!(p.isConcrete() ? q.getPredicate().equals(p) : true) || !(o.isConcrete() ? q.getObject().equals(o) : true)) continue;
                n++;
                if (!each.test(q)) return;
            }
            return;
        }
        if (local == null) {
            remote(s, p, o, limit, each);
            return;
        }
        Iterator<Quad> it = local.findNG(Node.ANY, s, p, o);
        try {
            for (int n = 0; n < limit && it.hasNext(); n++) if (!each.test(it.next())) return;
        } finally {
            Iter.close(it);
        }
    }

    /**
     * The distinct triples matching the pattern that {@code keep} accepts, in index order, at most
     * {@code limit} of them: what the same pattern over the union graph would give, without the
     * union's repeat removal (a source's repeat of a triple comes right after it in the index).
     */
    List<Triple> distinct(Node s, Node p, Node o, int limit, Predicate<Triple> keep) {
        Set<Triple> found = new LinkedHashSet<>();
        quads(s, p, o, Integer.MAX_VALUE, q -> {
            Triple t = q.asTriple();
            if (keep.test(t)) found.add(t);
            return found.size() < limit;
        });
        return List.copyOf(found);
    }

    /**
     * How many triples match, counted up to {@code cap}. In TDB2 the index is counted on node ids,
     * without turning one of them back into a node.
     */
    int count(Node s, Node p, Node o, int cap) {
        return ids != null ? ids.count(s, p, o, cap) : find(s, p, o, cap, t -> {});
    }

    /**
     * Visits up to {@code limit} statements with {@code n} as subject ({@code outgoing}) or object,
     * those whose predicate is {@code wanted} and whose far end may be an entity; returns how many
     * statements it read. In TDB2 only the predicate and the far end are turned into nodes.
     */
    int links(Node n, boolean outgoing, int limit, Predicate<Node> wanted, Consumer<Triple> each) {
        if (ids != null) {
            return ids.links(n, outgoing, limit, wanted, (p, far) -> {
                each.accept(outgoing ? Triple.create(n, p, far) : Triple.create(far, p, n));
                return true;
            });
        }
        return find(outgoing ? n : Node.ANY, Node.ANY, outgoing ? Node.ANY : n, limit, t -> {
            if (wanted.test(t.getPredicate())) each.accept(t);
        });
    }

    /**
     * On a remote store, reads every statement of these subjects in one query per
     * {@link #REF_BATCH} of them, so the lookups that follow cost no request: a view that walks
     * many entities (the home page's items) fetches them first. In process, does nothing: a
     * lookup there is a prefix scan. A subject with more than {@link #PREFETCH_MAX} statements is
     * left to its lookups.
     */
    void prefetch(Collection<Node> subjects) {
        fetchWhole(subjects, SUBJECTS, "s");
    }

    /** {@link #prefetch} of every cell of these RDF lists (author lists), in one query per {@link #REF_BATCH} lists. */
    void prefetchLists(Collection<Node> heads) {
        fetchWhole(heads, LIST_CELLS, "head");
    }

    /** Runs {@code query} restricted to batches of the nodes not fetched yet on {@code var}, keeping what it finds. */
    private void fetchWhole(Collection<Node> nodes, Query query, String var) {
        if (local != null) return;
        List<Node> wanted = new LinkedHashSet<>(nodes).stream().filter(n -> (n.isURI() || n.isBlank()) && !fetched.containsKey(n)).toList();
        for (int from = 0; from < wanted.size(); from += REF_BATCH) {
            List<Node> batch = wanted.subList(from, Math.min(wanted.size(), from + REF_BATCH));
            keep(Sparql.restrict(query, var, batch), batch);
        }
    }

    private void keep(Query query, List<Node> asked) {
        Map<Node, List<Quad>> found = new HashMap<>();
        for (Node n : asked) found.put(n, new ArrayList<>());
        for (QuerySolution row : Sparql.select(store, query, Map.of())) {
            Node subject = row.get("s").asNode();
            found.computeIfAbsent(subject, k -> new ArrayList<>())
                    .add(Quad.create(row.get("g").asNode(), subject, row.get("p").asNode(), row.get("o").asNode()));
        }
        found.forEach((subject, quads) -> {
            if (quads.size() <= PREFETCH_MAX) fetched.put(subject, quads);
        });
    }

    /** The values this state keeps across views (nothing for a reader that asked for no cache). */
    ViewCache.Generation cache() {
        return cache;
    }

    /**
     * Display label and kind of each entity, by the one label rule ({@link Labels#pick}): a bound
     * lookup or two per entity. Entities the graph says nothing of get words from their IRI.
     */
    Map<String, EntityView.Ref> refs(Collection<String> iris) {
        Map<String, EntityView.Ref> fetched = local == null ? fetchRefs(iris) : Map.of();
        Map<String, EntityView.Ref> refs = new LinkedHashMap<>();
        for (String iri : iris) {
            Optional<EntityView.Ref> known = fetched.containsKey(iri) ? Optional.of(fetched.get(iri)).filter(r -> r.label() != null) : ref(iri);
            refs.put(iri, known.orElseGet(() -> new EntityView.Ref(iri, Labels.humanise(iri), Adjacency.kindOf(iri))));
        }
        return refs;
    }

    /**
     * On a remote store, the labels and types of the entities not kept yet in one query per
     * {@link #REF_BATCH} of them, instead of two or three requests each: a page lists dozens.
     */
    private Map<String, EntityView.Ref> fetchRefs(Collection<String> iris) {
        List<String> missing = new LinkedHashSet<>(iris).stream().filter(iri -> !cache.hasRef(iri)).toList();
        Map<String, EntityView.Ref> fetched = new HashMap<>();
        for (int from = 0; from < missing.size(); from += REF_BATCH) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + REF_BATCH));
            Map<String, Map<Node, String>> literals = new HashMap<>();
            Map<String, List<Node>> types = new HashMap<>();
            Query query = Sparql.restrict(REF_FACTS, "e", batch.stream().map(NodeFactory::createURI).toList());
            for (QuerySolution row : Sparql.select(store, query, Map.of())) {
                String e = row.getResource("e").getURI();
                Node p = row.get("p").asNode(), v = row.get("v").asNode();
                if (p.equals(Vocab.TYPE)) types.computeIfAbsent(e, k -> new ArrayList<>()).add(v);
                else if (v.isLiteral()) literals.computeIfAbsent(e, k -> new HashMap<>()).putIfAbsent(p, v.getLiteralLexicalForm());
            }
            for (String iri : batch) {
                Map<Node, String> said = literals.getOrDefault(iri, Map.of());
                EntityView.Ref ref = refOf(iri, Labels.stated(said::get), types.getOrDefault(iri, List.of()));
                fetched.put(iri, cache.ref(iri, x -> ref));
            }
        }
        return fetched;
    }

    /**
     * The entity's display label and kind, or empty when the graph gives it neither a label nor a
     * type. The kind comes from the IRI, or from the types of an entity outside the dataset's namespace.
     */
    Optional<EntityView.Ref> ref(String iri) {
        EntityView.Ref ref = cache.ref(iri, this::readRef);
        return ref.label() == null ? Optional.empty() : Optional.of(ref);
    }

    /** A ref with a null label stands for "unknown", so that the cache keeps unknown entities too. */
    private EntityView.Ref readRef(String iri) {
        Node n = NodeFactory.createURI(iri);
        String label = Labels.stated(property -> first(n, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(null));
        List<Node> types = Kind.ofIri(iri) != null && label != null ? List.of() : objects(n, Vocab.TYPE, 20);
        return refOf(iri, label, types);
    }

    private static EntityView.Ref refOf(String iri, String label, List<Node> types) {
        Kind fromIri = Kind.ofIri(iri);
        String kind = fromIri != null ? fromIri.slug() : Kind.of(iri, types).map(Kind::slug).orElse(null);
        if (label == null && types.isEmpty()) return new EntityView.Ref(iri, null, kind);
        return new EntityView.Ref(iri, label != null ? label : Labels.humanise(iri), kind);
    }

    /** The object of one triple {@code s p ?}, if any. */
    Optional<Node> first(Node s, Node p) {
        if (ids != null) return Optional.ofNullable(ids.firstObject(s, p));
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

    private void remote(Node s, Node p, Node o, int limit, Predicate<Quad> each) {
        Map<String, Node> bindings = new HashMap<>();
        if (s.isConcrete()) bindings.put("s", s);
        if (p.isConcrete()) bindings.put("p", p);
        if (o.isConcrete()) bindings.put("o", o);
        Query bounded = QUADS.cloneQuery();
        if (limit < Integer.MAX_VALUE) bounded.setLimit(limit);
        store.query(bounded, bindings, qe -> {
            ResultSet rows = qe.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                Node rs = s.isConcrete() ? s : row.get("s").asNode();
                Node rp = p.isConcrete() ? p : row.get("p").asNode();
                Node ro = o.isConcrete() ? o : row.get("o").asNode();
                if (!each.test(Quad.create(row.get("g").asNode(), rs, rp, ro))) break;
            }
            return null;
        });
    }
}
