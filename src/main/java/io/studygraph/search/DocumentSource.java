package io.studygraph.search;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * Gathers entity documents from the graph with a handful of bulk queries (not one per entity),
 * either for every entity or for a given set.
 */
final class DocumentSource {
    private static final Query TYPES = Sparql.parse("SELECT ?e ?t WHERE { ?e a ?t FILTER(isIRI(?e)) }");
    private static final Query LITERALS = Sparql.parse("""
            SELECT ?e ?p ?v WHERE {
              VALUES ?p { schema:name skos:prefLabel rdfs:label skos:altLabel schema:description schema:abstract
                          skos:definition schema:datePublished sg:arxivId bibo:doi sg:openReviewId sg:youtubeId
                          sg:githubRepo sg:stackExchangeId }
              ?e ?p ?v FILTER(isIRI(?e) && isLiteral(?v))
            }""");
    // One name per linked entity: its display name, else one of the names sources gave it.
    private static final Query PEOPLE = Sparql.parse("""
            SELECT ?e ?a (COALESCE(SAMPLE(?n), SAMPLE(?l)) AS ?name) WHERE {
              VALUES ?p { schema:author sg:presenter schema:contributor }
              ?e ?p ?a . OPTIONAL { ?a schema:name ?n } OPTIONAL { ?a rdfs:label ?l }
            } GROUP BY ?e ?a""");
    private static final Query CONCEPTS = Sparql.parse("""
            SELECT ?e ?label WHERE {
              VALUES ?p { schema:mentions schema:about sg:explains }
              ?e ?p ?c . ?c a skos:Concept ; skos:prefLabel ?label
            }""");
    private static final Query RELATED = Sparql.parse("""
            SELECT ?e ?o (COALESCE(SAMPLE(?n), SAMPLE(?l)) AS ?name) WHERE {
              VALUES ?p { sg:venue sg:channel schema:affiliation schema:publisher sg:recommendedBy }
              ?e ?p ?o . OPTIONAL { ?o schema:name ?n } OPTIONAL { ?o rdfs:label ?l }
            } GROUP BY ?e ?o""");
    private static final Query SOURCES = Sparql.parse("SELECT ?e ?g WHERE { GRAPH ?g { ?e prov:wasDerivedFrom ?src } }");

    private final Store store;

    DocumentSource(Store store) {
        this.store = store;
    }

    /** Documents of every entity with a searchable kind. */
    List<EntityDocument> all() {
        return load(null);
    }

    /** Documents of the given entities that still exist; missing ones are simply absent. */
    List<EntityDocument> of(Collection<String> iris) {
        return iris.isEmpty() ? List.of() : load(iris.stream().map(NodeFactory::createURI).toList());
    }

    /** The entities a named graph speaks of. */
    Set<String> entitiesOf(String graphName) {
        Query q = Sparql.parse("SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e prov:wasDerivedFrom ?src } }");
        Set<String> out = new LinkedHashSet<>();
        for (QuerySolution row : Sparql.select(store, q, Map.of("g", NodeFactory.createURI(graphName)))) {
            out.add(row.getResource("e").getURI());
        }
        return out;
    }

    private List<EntityDocument> load(List<Node> only) {
        Map<String, Builder> docs = new LinkedHashMap<>();
        each(TYPES, only, (e, row) -> docs.computeIfAbsent(e, Builder::new).types.add(row.getResource("t").asNode()));
        each(LITERALS, only, (e, row) -> {
            Builder b = docs.get(e);
            if (b != null) b.literal(row.getResource("p").getURI(), row.getLiteral("v").getLexicalForm());
        });
        each(PEOPLE, only, (e, row) -> {
            if (row.contains("name")) add(docs, e, b -> b.people, row.getLiteral("name").getLexicalForm());
        });
        each(CONCEPTS, only, (e, row) -> add(docs, e, b -> b.concepts, row.getLiteral("label").getLexicalForm()));
        each(RELATED, only, (e, row) -> {
            if (row.contains("name")) add(docs, e, b -> b.related, row.getLiteral("name").getLexicalForm());
        });
        each(SOURCES, only, (e, row) -> add(docs, e, b -> b.sources, row.getResource("g").getURI()));
        List<EntityDocument> out = new ArrayList<>();
        docs.values().forEach(b -> b.build().ifPresent(out::add));
        return out;
    }

    private void each(Query query, List<Node> only, BiConsumer<String, QuerySolution> action) {
        Query q = only == null ? query : Sparql.restrict(query, "e", only);
        for (QuerySolution row : Sparql.select(store, q, Map.of())) action.accept(row.getResource("e").getURI(), row);
    }

    private static void add(Map<String, Builder> docs, String e, java.util.function.Function<Builder, Set<String>> field, String value) {
        Builder b = docs.get(e);
        if (b != null) field.apply(b).add(value);
    }

    /** Collects one entity's values; the label follows the display rule name > prefLabel > rdfs:label. */
    private static final class Builder {
        final String iri;
        final List<Node> types = new ArrayList<>();
        String name, pref, date;
        final Set<String> rdfsLabels = new LinkedHashSet<>(), alts = new LinkedHashSet<>(), texts = new LinkedHashSet<>(),
                ids = new LinkedHashSet<>(), people = new LinkedHashSet<>(), concepts = new LinkedHashSet<>(),
                related = new LinkedHashSet<>(), sources = new LinkedHashSet<>();

        Builder(String iri) {
            this.iri = iri;
        }

        void literal(String p, String v) {
            switch (p.substring(p.lastIndexOf(p.contains("#") ? '#' : '/') + 1)) {
                case "name" -> name = name == null ? v : name;
                case "prefLabel" -> pref = pref == null ? v : pref;
                case "label" -> rdfsLabels.add(v);
                case "altLabel" -> alts.add(v);
                case "description", "abstract", "definition" -> texts.add(v);
                case "datePublished" -> date = date == null || v.compareTo(date) < 0 ? v : date;
                default -> ids.add(v);
            }
        }

        java.util.Optional<EntityDocument> build() {
            return Kind.of(iri, types).filter(k -> k != Kind.LIST && k != Kind.SECTION).map(kind -> {
                String label = name != null ? name : pref != null ? pref : rdfsLabels.stream().findFirst().orElse(iri);
                Set<String> other = new LinkedHashSet<>(alts);
                rdfsLabels.stream().filter(l -> !l.equalsIgnoreCase(label)).forEach(other::add);
                String year = date != null && date.matches("\\d{4}.*") ? date.substring(0, 4) : null;
                return new EntityDocument(iri, kind.slug(), label, List.copyOf(other), List.copyOf(people), List.copyOf(texts),
                        List.copyOf(concepts), List.copyOf(related), List.copyOf(ids), year, List.copyOf(sources));
            });
        }
    }
}
