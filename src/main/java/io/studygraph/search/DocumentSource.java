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
              VALUES ?p { schema:name skos:prefLabel rdfs:label skos:altLabel schema:description schema:abstract
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
              VALUES ?p { schema:name skos:prefLabel rdfs:label skos:altLabel }
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

    /** Documents of every entity with a searchable kind, and of every learner's note. */
    List<EntityDocument> all() {
        return load(null);
    }

    /** Documents of the given entities that still exist; missing ones are simply absent. */
    List<EntityDocument> of(Collection<String> iris) {
        return iris.isEmpty() ? List.of() : load(iris.stream().map(NodeFactory::createURI).toList());
    }

    /** The entities a named graph says something about. */
    Set<String> entitiesOf(String graphName) {
        Set<String> out = new LinkedHashSet<>();
        for (QuerySolution row : Sparql.select(store, SUBJECTS_OF, Map.of("g", NodeFactory.createURI(graphName)))) {
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
        credits(docs, only);
        each(AUTHOR_ORDER, only, (e, row) -> {
            Builder b = docs.get(e);
            if (b != null) {
                b.credits.position(row.get("list").asNode().toString(), row.getResource("a").getURI(), row.getLiteral("pos").getInt());
            }
        });
        each(CONCEPTS, only, (e, row) -> add(docs, e, b -> b.concepts, row.getLiteral("label").getLexicalForm()));
        each(RELATED, only, (e, row) -> {
            if (row.contains("name")) add(docs, e, b -> b.related, row.getLiteral("name").getLexicalForm());
        });
        each(NOTES, only, (e, row) -> {
            Builder b = docs.get(e);
            String on = row.getResource("on").getURI();
            if (b != null) b.note = new NoteFacts(row.getLiteral("learner").getLexicalForm(), on,
                    row.contains("onLabel") ? row.getLiteral("onLabel").getLexicalForm() : on, row.getLiteral("text").getLexicalForm());
        });
        each(SOURCES, only, (e, row) -> add(docs, e, b -> b.sources, row.getResource("g").getURI()));
        List<EntityDocument> out = new ArrayList<>();
        docs.values().forEach(b -> b.build().ifPresent(out::add));
        return out;
    }

    private void credits(Map<String, Builder> docs, List<Node> only) {
        record Credit(Builder doc, String role) {}
        Map<String, List<Credit>> byPerson = new HashMap<>();
        each(CREDITS, only, (e, row) -> {
            Builder b = docs.get(e);
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

    private static void add(Map<String, Builder> docs, String e, java.util.function.Function<Builder, Set<String>> field, String value) {
        Builder b = docs.get(e);
        if (b != null) field.apply(b).add(value);
    }

    /** Collects one entity's values; the label follows the display rule name > prefLabel > rdfs:label. */
    private static final class Builder {
        final String iri;
        final List<Node> types = new ArrayList<>();
        String name, pref, date;
        double importance;
        final Set<String> rdfsLabels = new LinkedHashSet<>(), alts = new LinkedHashSet<>(), texts = new LinkedHashSet<>(),
                ids = new LinkedHashSet<>(), concepts = new LinkedHashSet<>(), related = new LinkedHashSet<>(),
                sources = new LinkedHashSet<>();
        final Credits credits = new Credits();
        NoteFacts note;

        Builder(String iri) {
            this.iri = iri;
        }

        void literal(String p, String v) {
            switch (localName(p)) {
                case "name" -> name = name == null ? v : name;
                case "prefLabel" -> pref = pref == null ? v : pref;
                case "label" -> rdfsLabels.add(v);
                case "altLabel" -> alts.add(v);
                case "description", "abstract", "definition" -> texts.add(v);
                case "datePublished" -> date = date == null || v.compareTo(date) < 0 ? v : date;
                case "importance" -> importance = parseScore(v);
                default -> ids.add(v);
            }
        }

        java.util.Optional<EntityDocument> build() {
            if (note != null) {
                return java.util.Optional.of(EntityDocument.note(iri, note.learner, note.on, note.onLabel, note.text, List.copyOf(sources)));
            }
            return Kind.of(iri, types).filter(k -> k != Kind.LIST && k != Kind.SECTION).map(kind -> {
                String label = name != null ? name : pref != null ? pref : rdfsLabels.stream().findFirst().orElse(iri);
                Set<String> other = new LinkedHashSet<>(alts);
                rdfsLabels.stream().filter(l -> !l.equalsIgnoreCase(label)).forEach(other::add);
                String year = date != null && date.matches("\\d{4}.*") ? date.substring(0, 4) : null;
                return new EntityDocument(iri, kind.slug(), label, List.copyOf(other), credits.shown(), credits.otherNames(),
                        List.copyOf(texts), List.copyOf(concepts), List.copyOf(related), List.copyOf(ids), year, importance, List.copyOf(sources), null, null);
            });
        }
    }

    /** What a note says and about what; a note is a study record, so it has no graph {@link Kind}. */
    private record NoteFacts(String learner, String on, String onLabel, String text) {}

    private static double parseScore(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0; // not a score: ranked as if unlinked
        }
    }

    private static String localName(String iri) {
        return iri.substring(iri.lastIndexOf(iri.contains("#") ? '#' : '/') + 1);
    }
}
