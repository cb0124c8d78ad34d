package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * The relations between entities, read from the store one frontier at a time (a batched query
 * per step, not one per node), in both directions. Structural and provenance links (types, source
 * files, web addresses) are not relations between entities and are never walked.
 */
final class Adjacency {
    private static final Query OUT = Sparql.parse("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) }");
    private static final Query IN = Sparql.parse("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?s)) }");
    static final Set<String> NOT_RELATIONS = Set.of(Vocab.TYPE.getURI(), Vocab.WAS_DERIVED_FROM.getURI(),
            Vocab.URL.getURI(), Vocab.SAME_AS.getURI(), Vocab.CITATIONS_PAGE.getURI(), Vocab.SOURCE_FILE.getURI(),
            Vocab.RDFS_SEE_ALSO.getURI(), Vocab.AUTHOR_LIST.getURI());

    private final Store store;
    private final WalkFilter filter;
    private final int maxRowsPerStep;

    Adjacency(Store store, WalkFilter filter, int maxRowsPerStep) {
        this.store = store;
        this.filter = filter;
        this.maxRowsPerStep = maxRowsPerStep;
    }

    /** The kind of an entity from its IRI; only entities of the dataset's namespace are walked. */
    static String kindOf(String iri) {
        return Kind.of(iri, List.of()).map(Kind::slug).orElse(null);
    }

    /**
     * Edges touching any of the nodes, in both directions, grouped by node, each edge once per
     * node; at most {@code maxRowsPerStep} rows are read per direction, so a step is bounded.
     */
    Map<String, List<Edge>> edges(Collection<String> nodes) {
        Map<String, List<Edge>> out = new HashMap<>();
        if (nodes.isEmpty()) return out;
        var values = nodes.stream().map(NodeFactory::createURI).toList();
        for (Query q : List.of(OUT, IN)) {
            Query bounded = Sparql.restrict(q, q == OUT ? "s" : "o", values);
            bounded.setLimit(maxRowsPerStep);
            Set<Edge> seen = new LinkedHashSet<>();
            for (QuerySolution row : Sparql.select(store, bounded, Map.of())) {
                Edge e = new Edge(row.getResource("s").getURI(), row.getResource("p").getURI(), row.getResource("o").getURI());
                if (e.subject().equals(e.object()) || !filter.allowsRelation(e.property())) continue;
                if (!filter.allowsKind(kindOf(e.subject())) || !filter.allowsKind(kindOf(e.object()))) continue;
                if (seen.add(e)) {
                    String from = q == OUT ? e.subject() : e.object();
                    out.computeIfAbsent(from, k -> new ArrayList<>()).add(e);
                }
            }
        }
        return out;
    }
}
