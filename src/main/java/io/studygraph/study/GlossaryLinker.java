package io.studygraph.study;

import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;

/**
 * Glossary linking: finds the glossary's concepts named in titles, abstracts, descriptions and
 * notes ({@link ConceptMentions}), and writes what it found as one derived graph,
 * {@link Vocab#GLOSSARY_MENTIONS_GRAPH}, replaced whole on each run. For each find, a record says
 * where (entity, field, the words as written, character offsets); each entity that names a
 * concept its sources do not already link gets {@code sg:mentionsConcept}. Living in a derived
 * graph, none of it is ever taken for something a list said, and a run never touches a source.
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
              { VALUES (?p ?field) { (schema:name "title") (schema:abstract "abstract") (schema:description "description") }
                ?e ?p ?text . FILTER (isIRI(?e) && isLiteral(?text)) }
              UNION
              { ?e a sg:Note ; sg:text ?text . BIND ("note" AS ?field) }
            }""");
    private static final Query STATED = Sparql.parse("""
            SELECT ?e ?c WHERE { VALUES ?p { schema:mentions schema:about } ?e ?p ?c }""");
    /** What the derived graph holds for one text's owner: its mention records and its derived links. */
    private static final Query DERIVED_FOR = Sparql.parse("""
            SELECT ?s ?p ?o WHERE { GRAPH ?g {
              { ?s sg:mentionIn ?e ; ?p ?o } UNION { ?e sg:mentionsConcept ?o . BIND (?e AS ?s) BIND (sg:mentionsConcept AS ?p) } } }""");

    private final Store store;

    public GlossaryLinker(Store store) {
        this.store = store;
    }

    /** Finds every mention again and replaces the derived graph; returns how many were found. */
    public int relink() {
        Model derived = ModelFactory.createDefaultModel();
        int[] found = {0};
        store.write(() -> {
            ConceptMentions matcher = matcher();
            if (!matcher.isEmpty()) found[0] = link(matcher, derived, null);
            store.replaceGraphs(Map.of(Vocab.GLOSSARY_MENTIONS_GRAPH, derived));
            return null;
        });
        return found[0];
    }

    /**
     * Finds the mentions in one entity's or note's texts again, changing only its part of the
     * derived graph: what a saved note needs, without reading every text of the store.
     */
    public int relink(String subject) {
        Node e = NodeFactory.createURI(subject);
        Model derived = ModelFactory.createDefaultModel();
        return store.write(() -> {
            List<org.apache.jena.graph.Triple> old = new ArrayList<>();
            for (QuerySolution row : Sparql.select(store, DERIVED_FOR, Map.of("g", NodeFactory.createURI(Vocab.GLOSSARY_MENTIONS_GRAPH), "e", e))) {
                old.add(org.apache.jena.graph.Triple.create(row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()));
            }
            ConceptMentions matcher = matcher();
            int found = matcher.isEmpty() ? 0 : link(matcher, derived, List.of(e));
            store.update(Vocab.GLOSSARY_MENTIONS_GRAPH, old, derived.getGraph().find().toList());
            return found;
        });
    }

    private ConceptMentions matcher() {
        Map<String, List<String>> labels = new HashMap<>();
        for (QuerySolution row : Sparql.select(store, LABELS, Map.of())) {
            labels.computeIfAbsent(row.getResource("c").getURI(), k -> new ArrayList<>()).add(row.getLiteral("label").getLexicalForm());
        }
        return new ConceptMentions(labels);
    }

    /** Links the texts of {@code only} (every text when null) into {@code out}. */
    private int link(ConceptMentions matcher, Model out, List<Node> only) {
        Query texts = only == null ? TEXTS : Sparql.restrict(TEXTS, "e", only);
        Query statedQuery = only == null ? STATED : Sparql.restrict(STATED, "e", only);
        Set<String> stated = new HashSet<>();
        for (QuerySolution row : Sparql.select(store, statedQuery, Map.of())) {
            if (row.get("c").isURIResource()) stated.add(row.getResource("e").getURI() + " " + row.getResource("c").getURI());
        }
        int count = 0;
        Set<String> linked = new HashSet<>();
        for (QuerySolution row : Sparql.select(store, texts, Map.of())) {
            String entity = row.getResource("e").getURI();
            String field = row.getLiteral("field").getLexicalForm();
            for (ConceptMentions.Mention m : matcher.find(row.getLiteral("text").getLexicalForm())) {
                // A concept's own labels and definition name it: that is no mention.
                if (m.concept().equals(entity)) continue;
                Resource record = out.createResource(recordIri(entity, m.concept(), field, m.start()));
                record.addProperty(out.createProperty(Vocab.TYPE.getURI()), out.createResource(Vocab.MENTION.getURI()))
                        .addProperty(property(out, Vocab.MENTION_IN), out.createResource(entity))
                        .addProperty(property(out, Vocab.MENTION_OF), out.createResource(m.concept()))
                        .addProperty(property(out, Vocab.MENTION_FIELD), field)
                        .addProperty(property(out, Vocab.MENTION_TEXT), m.text())
                        .addLiteral(property(out, Vocab.MENTION_START), out.createTypedLiteral(Integer.toString(m.start()), XSDDatatype.XSDinteger))
                        .addLiteral(property(out, Vocab.MENTION_END), out.createTypedLiteral(Integer.toString(m.end()), XSDDatatype.XSDinteger));
                count++;
                String pair = entity + " " + m.concept();
                if (!stated.contains(pair) && linked.add(pair)) {
                    out.createResource(entity).addProperty(property(out, Vocab.MENTIONS_CONCEPT), out.createResource(m.concept()));
                }
            }
        }
        return count;
    }

    private static org.apache.jena.rdf.model.Property property(Model m, Node p) {
        return m.createProperty(p.getURI());
    }

    private static String recordIri(String entity, String concept, String field, int start) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((entity + "\n" + concept + "\n" + field + "\n" + start).getBytes(StandardCharsets.UTF_8));
            return Vocab.GLOSSARY_MENTIONS_GRAPH + "#m-" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
