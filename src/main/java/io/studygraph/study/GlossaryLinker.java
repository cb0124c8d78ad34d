package io.studygraph.study;

import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Glossary linking: finds the glossary's concepts named in titles, abstracts, descriptions and
 * notes ({@link ConceptMentions}). What it stores is one derived graph,
 * {@link Vocab#GLOSSARY_MENTIONS_GRAPH}, replaced whole on each run: {@code sg:mentionsConcept}
 * from each entity to each concept its texts name and its sources do not already link. Living in
 * a derived graph, none of it is ever taken for something a list said, and a run never touches a
 * source. Where the words are ({@link #spans}) is found again when a page asks: matching one
 * entity's texts takes microseconds, while storing every find cost more triples than the papers.
 */
public final class GlossaryLinker {
    private static final Query LABELS = Sparql.parse("""
            SELECT ?c ?label WHERE {
              VALUES ?type { skos:Concept schema:DefinedTerm }
              ?c a ?type .
              { ?c skos:prefLabel ?label } UNION { ?c skos:altLabel ?label } UNION { ?c schema:name ?label }
            }""");
    private static final Query TEXTS = Sparql.parse("""
            SELECT ?e ?field ?text WHERE {
              { VALUES (?p ?field) { (schema:name "title") (schema:abstract "abstract") (sg:summary "summary")
                                 (schema:description "description") }
                ?e ?p ?text . FILTER (isIRI(?e) && isLiteral(?text)) }
              UNION
              { ?e a sg:Note ; sg:text ?text . BIND ("note" AS ?field) }
            }""");
    private static final Query STATED = Sparql.parse("""
            SELECT ?e ?c WHERE { VALUES ?p { schema:mentions schema:about } ?e ?p ?c }""");
    private static final Query DERIVED_FOR = Sparql.parse("""
            SELECT ?e ?o WHERE { GRAPH ?g { ?e sg:mentionsConcept ?o } }""");
    /** Past this many entities touched, reading every text once is cheaper than looking each one's up. */
    private static final int WHOLE_AT = 5000;
    // One past the threshold is enough to know a relink must read everything.
    private static final Query SUBJECTS = Sparql.parse("SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e ?p ?o } FILTER isIRI(?e) } LIMIT " + (WHOLE_AT + 1));
    private static final Query HAS_CONCEPT = Sparql.parse("""
            ASK { VALUES ?type { skos:Concept schema:DefinedTerm } GRAPH ?g { ?e a ?type } }""");

    /** What some graphs say something about: their subjects, and whether any is a glossary concept. */
    public record Touched(Set<String> subjects, boolean concepts) {
        public Touched with(Touched other) {
            Set<String> all = new HashSet<>(subjects);
            all.addAll(other.subjects);
            return new Touched(all, concepts || other.concepts);
        }
    }

    /** Where one text of an entity names a concept: {@code text} is the words as written, at [start, end). */
    public record Span(String entity, String field, int start, int end, String text, String concept) {}

    private final Store store;
    /** The matcher of the store generation it was built from: labels change only with a write. */
    private volatile Cached cached;

    private record Cached(long generation, ConceptMentions matcher) {}

    public GlossaryLinker(Store store) {
        this.store = store;
    }

    /** Finds every mention again and replaces the derived graph; returns how many entity–concept links it holds. */
    public int relink() {
        Model derived = ModelFactory.createDefaultModel();
        store.write(() -> {
            ConceptMentions matcher = labels();
            if (!matcher.isEmpty()) link(matcher, derived, null);
            store.replaceGraphs(Map.of(Vocab.GLOSSARY_MENTIONS_GRAPH, derived));
            return null;
        });
        return (int) derived.size();
    }

    /**
     * The subjects of these graphs as the store has them now (read no further than the point
     * where a relink reads everything anyway): taken before and after an import, they say which
     * entities' texts it can have changed ({@link #relink(Touched)}).
     */
    public Touched touched(Collection<String> graphs) {
        Set<String> subjects = new HashSet<>();
        boolean concepts = store.read(() -> {
            boolean any = false;
            for (String g : graphs) {
                Map<String, Node> graph = Map.of("g", NodeFactory.createURI(g));
                Sparql.select(store, SUBJECTS, graph).forEach(row -> subjects.add(row.getResource("e").getURI()));
                any |= store.query(HAS_CONCEPT, graph, org.apache.jena.query.QueryExecution::execAsk);
            }
            return any;
        });
        return new Touched(subjects, concepts);
    }

    /**
     * After an import: finds again the mentions of what it touched, so importing a short list into
     * a large store reads that list's texts, not every text. A changed glossary (a concept among
     * them, before or after) can change what any text names, so then everything is linked again.
     */
    public int relink(Touched touched) {
        if (touched.concepts() || touched.subjects().size() > WHOLE_AT) return relink();
        return relink(touched.subjects());
    }

    /**
     * Finds the mentions in one entity's or note's texts again, changing only its part of the
     * derived graph: what a saved note needs, without reading every text of the store.
     */
    public int relink(String subject) {
        return relink(List.of(subject));
    }

    private int relink(Collection<String> subjects) {
        if (subjects.isEmpty()) return 0;
        List<Node> only = subjects.stream().map(NodeFactory::createURI).toList();
        Model derived = ModelFactory.createDefaultModel();
        return store.write(() -> {
            List<Triple> old = new ArrayList<>();
            Query mine = Sparql.restrict(DERIVED_FOR, "e", only);
            for (QuerySolution row : Sparql.select(store, mine, Map.of("g", NodeFactory.createURI(Vocab.GLOSSARY_MENTIONS_GRAPH)))) {
                old.add(Triple.create(row.get("e").asNode(), Vocab.MENTIONS_CONCEPT, row.get("o").asNode()));
            }
            ConceptMentions matcher = matcher();
            if (!matcher.isEmpty()) link(matcher, derived, only);
            store.update(Vocab.GLOSSARY_MENTIONS_GRAPH, old, derived.getGraph().find().toList());
            return (int) derived.size();
        });
    }

    /** The spans in the texts of {@code entities}, per entity in field then position order. */
    public Map<String, List<Span>> spans(Collection<String> entities) {
        Map<String, List<Span>> out = new LinkedHashMap<>();
        if (entities.isEmpty()) return out;
        store.read(() -> {
            ConceptMentions matcher = matcher();
            if (matcher.isEmpty()) return null;
            List<Node> only = entities.stream().map(NodeFactory::createURI).toList();
            for (QuerySolution row : Sparql.select(store, Sparql.restrict(TEXTS, "e", only), Map.of())) {
                String entity = row.getResource("e").getURI();
                String field = row.getLiteral("field").getLexicalForm();
                for (ConceptMentions.Mention m : matcher.find(row.getLiteral("text").getLexicalForm())) {
                    // A concept's own labels and definition name it: that is no mention.
                    if (m.concept().equals(entity)) continue;
                    out.computeIfAbsent(entity, k -> new ArrayList<>()).add(new Span(entity, field, m.start(), m.end(), m.text(), m.concept()));
                }
            }
            return null;
        });
        out.values().forEach(list -> list.sort(java.util.Comparator.comparing(Span::field).thenComparingInt(Span::start)));
        return out;
    }

    private ConceptMentions matcher() {
        long generation = store.generation();
        Cached c = cached;
        if (c == null || c.generation() != generation) {
            c = new Cached(generation, labels());
            cached = c;
        }
        return c.matcher();
    }

    private ConceptMentions labels() {
        Map<String, List<String>> labels = new HashMap<>();
        for (QuerySolution row : Sparql.select(store, LABELS, Map.of())) {
            labels.computeIfAbsent(row.getResource("c").getURI(), k -> new ArrayList<>()).add(row.getLiteral("label").getLexicalForm());
        }
        return new ConceptMentions(labels);
    }

    /** Links the texts of {@code only} (every text when null) into {@code out}, where no source states the link. */
    private void link(ConceptMentions matcher, Model out, List<Node> only) {
        Query texts = only == null ? TEXTS : Sparql.restrict(TEXTS, "e", only);
        Query statedQuery = only == null ? STATED : Sparql.restrict(STATED, "e", only);
        Set<String> stated = new HashSet<>();
        for (QuerySolution row : Sparql.select(store, statedQuery, Map.of())) {
            if (row.get("c").isURIResource()) stated.add(row.getResource("e").getURI() + " " + row.getResource("c").getURI());
        }
        var graph = out.getGraph();
        for (QuerySolution row : Sparql.select(store, texts, Map.of())) {
            String entity = row.getResource("e").getURI();
            for (ConceptMentions.Mention m : matcher.find(row.getLiteral("text").getLexicalForm())) {
                if (m.concept().equals(entity) || stated.contains(entity + " " + m.concept())) continue;
                graph.add(Triple.create(NodeFactory.createURI(entity), Vocab.MENTIONS_CONCEPT, NodeFactory.createURI(m.concept())));
            }
        }
    }
}
