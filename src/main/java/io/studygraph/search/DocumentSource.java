package io.studygraph.search;

import io.studygraph.graph.Kind;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
              VALUES ?p { schema:name skos:prefLabel rdfs:label skos:altLabel sg:variantName schema:description schema:abstract sg:summary
                          skos:definition schema:datePublished sg:arxivId bibo:doi sg:openReviewId sg:youtubeId
                          sg:githubRepo sg:stackExchangeId sg:importance }
              ?e ?p ?v FILTER(isIRI(?e) && isLiteral(?v))
            }""");
    // Every name of every person credited, and how: a hit shows each once, search finds any (Credits).
    // Credits and names are read apart and joined here: as one query, each credit looked its
    // person's names up again, the slowest part of indexing a large store.
    private static final Query CREDITS = Sparql.parse("""
            SELECT ?e ?role ?a WHERE {
              VALUES ?role { schema:author sg:presenter schema:contributor }
              ?e ?role ?a FILTER(isIRI(?a))
            }""");
    private static final Query NAMES = Sparql.parse("""
            SELECT ?a ?p ?name WHERE {
              VALUES ?p { schema:name skos:prefLabel rdfs:label skos:altLabel sg:variantName }
              ?a ?p ?name FILTER(isIRI(?a) && isLiteral(?name))
            }""");
    private static final Query AUTHOR_ORDER = Sparql.parse("""
            SELECT ?e ?list ?a (COUNT(DISTINCT ?mid) AS ?pos) WHERE {
              ?e bibo:authorList ?list . ?list rdf:rest* ?mid . ?mid rdf:rest* ?cell . ?cell rdf:first ?a
              FILTER isIRI(?a)
            } GROUP BY ?e ?list ?a""");
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
    // A note's label names what it is on, by the display rule name > prefLabel > rdfs:label.
    private static final Query NOTES = Sparql.parse("""
            SELECT ?e ?learner ?on ?text (COALESCE(SAMPLE(?name), SAMPLE(?pref), SAMPLE(?label)) AS ?onLabel) WHERE {
              ?e a sg:Note ; sg:learner ?learner ; sg:noteOn ?on ; sg:text ?text FILTER(isIRI(?e) && isIRI(?on))
              OPTIONAL { ?on schema:name ?name } OPTIONAL { ?on skos:prefLabel ?pref } OPTIONAL { ?on rdfs:label ?label }
            } GROUP BY ?e ?learner ?on ?text""");
    // Every graph that says something about the entity, typed there or not: a file that only adds
    // a name to an entity typed elsewhere must still refresh that entity's document.
    private static final Query SOURCES = Sparql.parse("SELECT DISTINCT ?e ?g WHERE { GRAPH ?g { ?e ?p ?o } FILTER isIRI(?e) }");
    private static final Query SUBJECTS_OF = Sparql.parse("SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e ?p ?o } FILTER isIRI(?e) }");

    private final Store store;

    DocumentSource(Store store) {
        this.store = store;
    }

    /**
     * Sends the documents of every entity with a searchable kind, and of every learner's note, to
     * {@code sink}, one at a time (a large store's documents are never listed at once); returns how many.
     */
    int all(java.util.function.Consumer<EntityDocument> sink) {
        return load(null, sink);
    }

    /** Documents of the given entities that still exist; missing ones are simply absent. */
    List<EntityDocument> of(Collection<String> iris) {
        List<EntityDocument> out = new ArrayList<>();
        if (!iris.isEmpty()) load(iris.stream().map(NodeFactory::createURI).toList(), out::add);
        return out;
    }

    /** The entities a named graph says something about. */
    Set<String> entitiesOf(String graphName) {
        Set<String> out = new LinkedHashSet<>();
        for (QuerySolution row : Sparql.select(store, SUBJECTS_OF, Map.of("g", NodeFactory.createURI(graphName)))) {
            out.add(row.getResource("e").getURI());
        }
        return out;
    }

    private int load(List<Node> only, java.util.function.Consumer<EntityDocument> sink) {
        Map<String, DocumentBuilder> docs = new LinkedHashMap<>();
        each(TYPES, only, (e, row) -> docs.computeIfAbsent(e, DocumentBuilder::new).types.add(row.getResource("t").asNode()));
        each(LITERALS, only, (e, row) -> {
            DocumentBuilder b = docs.get(e);
            if (b != null) b.literal(row.getResource("p").getURI(), row.getLiteral("v").getLexicalForm());
        });
        credits(docs, only);
        each(AUTHOR_ORDER, only, (e, row) -> {
            DocumentBuilder b = docs.get(e);
            if (b != null) {
                b.credits.position(row.get("list").asNode().toString(), row.getResource("a").getURI(), row.getLiteral("pos").getInt());
            }
        });
        each(CONCEPTS, only, (e, row) -> add(docs, e, b -> b.concepts, row.getLiteral("label").getLexicalForm()));
        each(RELATED, only, (e, row) -> {
            if (row.contains("name")) add(docs, e, b -> b.related, row.getLiteral("name").getLexicalForm());
        });
        each(NOTES, only, (e, row) -> {
            DocumentBuilder b = docs.get(e);
            String on = row.getResource("on").getURI();
            if (b != null) b.note = new DocumentBuilder.NoteFacts(row.getLiteral("learner").getLexicalForm(), on,
                    row.contains("onLabel") ? row.getLiteral("onLabel").getLexicalForm() : on, row.getLiteral("text").getLexicalForm());
        });
        each(SOURCES, only, (e, row) -> add(docs, e, b -> b.sources, row.getResource("g").getURI()));
        int n = 0;
        for (var it = docs.values().iterator(); it.hasNext(); ) {
            var doc = it.next().build();
            // Each builder goes once built, so the documents are not held twice.
            it.remove();
            if (doc.isPresent()) {
                sink.accept(doc.get());
                n++;
            }
        }
        return n;
    }

    private void credits(Map<String, DocumentBuilder> docs, List<Node> only) {
        record Credit(DocumentBuilder doc, String role) {}
        Map<String, List<Credit>> byPerson = new HashMap<>();
        each(CREDITS, only, (e, row) -> {
            DocumentBuilder b = docs.get(e);
            if (b != null) byPerson.computeIfAbsent(row.getResource("a").getURI(), k -> new ArrayList<>())
                    .add(new Credit(b, localName(row.getResource("role").getURI())));
        });
        if (byPerson.isEmpty()) return;
        Query names = only == null ? NAMES : Sparql.restrict(NAMES, "a", byPerson.keySet().stream().map(NodeFactory::createURI).toList());
        for (QuerySolution row : Sparql.select(store, names, Map.of())) {
            String person = row.getResource("a").getURI();
            List<Credit> credits = byPerson.get(person);
            if (credits == null) continue;
            String property = localName(row.getResource("p").getURI());
            String name = row.getLiteral("name").getLexicalForm();
            for (Credit c : credits) c.doc().credits.name(person, c.role(), property, name);
        }
    }

    private void each(Query query, List<Node> only, BiConsumer<String, QuerySolution> action) {
        Query q = only == null ? query : Sparql.restrict(query, "e", only);
        for (QuerySolution row : Sparql.select(store, q, Map.of())) action.accept(row.getResource("e").getURI(), row);
    }

    private static void add(Map<String, DocumentBuilder> docs, String e, java.util.function.Function<DocumentBuilder, Set<String>> field, String value) {
        DocumentBuilder b = docs.get(e);
        if (b != null) field.apply(b).add(value);
    }

    private static String localName(String iri) {
        return DocumentBuilder.localName(iri);
    }
}
