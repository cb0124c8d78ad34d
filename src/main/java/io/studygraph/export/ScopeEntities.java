package io.studygraph.export;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * The entities an export's graphs type, with their kind: what the CSV lists, the GraphML draws and
 * the citation formats read works from. Held as IRIs only (a few per entity, never a model),
 * ordered by kind (papers first, as {@link Kind} lists them), then by IRI, so two exports of the
 * same graph are the same file.
 */
final class ScopeEntities {
    private static final org.apache.jena.query.Query TYPED = Sparql.parse("SELECT ?s ?type WHERE { GRAPH ?g { ?s a ?type } FILTER (isIRI(?s)) }");

    private ScopeEntities() {}

    /** IRI → kind of each entity typed in one of {@code graphs}; an untyped or unknown kind is left out. */
    static Map<String, Kind> of(Store store, List<Node> graphs) {
        Map<String, List<Node>> types = new LinkedHashMap<>();
        for (Node graph : graphs) {
            store.query(TYPED, Map.of("g", graph), qe -> {
                ResultSet rows = qe.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    types.computeIfAbsent(row.getResource("s").getURI(), k -> new ArrayList<>(2)).add(row.get("type").asNode());
                }
                return null;
            });
        }
        Map<String, Kind> kinds = new java.util.HashMap<>();
        types.forEach((iri, t) -> Kind.of(iri, t).ifPresent(kind -> kinds.put(iri, kind)));
        Map<String, Kind> ordered = new LinkedHashMap<>();
        kinds.entrySet().stream().sorted(Map.Entry.<String, Kind>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
