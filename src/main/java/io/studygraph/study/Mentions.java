package io.studygraph.study;

import io.studygraph.graph.EntityService;
import io.studygraph.graph.EntityView.Ref;
import io.studygraph.graph.Sparql;
import io.studygraph.graph.Store;
import io.studygraph.graph.Vocab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;

/**
 * What glossary linking found for one entity, read back for a page: the concepts its texts name,
 * with offsets so the page can link the words, and, for a concept, the texts that name it and in
 * which field. Learners' notes are left out of the second list: they are no part of the list.
 */
public final class Mentions {
    /** Texts listed for a concept; a concept named by every paper of a large list says so by its count. */
    public static final int MAX_FOUND_IN = 200;
    private static final Node GRAPH = NodeFactory.createURI(Vocab.GLOSSARY_MENTIONS_GRAPH);
    private static final Query IN_ENTITY = Sparql.parse("""
            SELECT ?field ?text ?start ?end ?c WHERE { GRAPH ?g {
              ?m sg:mentionIn ?e ; sg:mentionOf ?c ; sg:mentionField ?field ; sg:mentionText ?text ;
                 sg:mentionStart ?start ; sg:mentionEnd ?end } }
            ORDER BY ?field ?start""");
    private static final Query OF_CONCEPT = Sparql.parse("""
            SELECT ?e ?field ?text WHERE { GRAPH ?g { ?m sg:mentionIn ?e ; sg:mentionOf ?c ; sg:mentionField ?field ; sg:mentionText ?text }
              FILTER NOT EXISTS { ?e a sg:Note } }
            ORDER BY ?e ?field""");

    private final Store store;
    private final EntityService entities;

    public Mentions(Store store, EntityService entities) {
        this.store = store;
        this.entities = entities;
    }

    /** A concept named in a text of the entity: {@code text} is the words as written, at [start, end). */
    public record Span(String field, int start, int end, String text, String concept, String label) {}

    /** A text that names the concept: the entity, which of its texts, and the words. */
    public record FoundIn(String iri, String label, String kind, String field, String text) {}

    /** @param total how many texts name the concept (only the first {@link #MAX_FOUND_IN} are listed) */
    public record Answer(List<Span> spans, List<FoundIn> foundIn, int total) {}

    public Answer of(String iri) {
        Node e = NodeFactory.createURI(iri);
        return store.read(() -> {
            List<QuerySolution> spanRows = Sparql.select(store, IN_ENTITY, Map.of("g", GRAPH, "e", e));
            List<QuerySolution> foundRows = Sparql.select(store, OF_CONCEPT, Map.of("g", GRAPH, "c", e));
            Set<String> wanted = new LinkedHashSet<>();
            spanRows.forEach(r -> wanted.add(r.getResource("c").getURI()));
            foundRows.stream().limit(MAX_FOUND_IN).forEach(r -> wanted.add(r.getResource("e").getURI()));
            Map<String, Ref> refs = new HashMap<>();
            entities.refs(wanted).forEach(r -> refs.put(r.iri(), r));
            List<Span> spans = new ArrayList<>();
            for (QuerySolution r : spanRows) {
                String c = r.getResource("c").getURI();
                spans.add(new Span(r.getLiteral("field").getString(), r.getLiteral("start").getInt(), r.getLiteral("end").getInt(),
                        r.getLiteral("text").getString(), c, refs.containsKey(c) ? refs.get(c).label() : c));
            }
            List<FoundIn> found = new ArrayList<>();
            for (QuerySolution r : foundRows.subList(0, Math.min(MAX_FOUND_IN, foundRows.size()))) {
                Ref ref = refs.getOrDefault(r.getResource("e").getURI(), new Ref(r.getResource("e").getURI(), r.getResource("e").getURI(), null));
                found.add(new FoundIn(ref.iri(), ref.label(), ref.kind(), r.getLiteral("field").getString(), r.getLiteral("text").getString()));
            }
            return new Answer(spans, found, foundRows.size());
        });
    }
}
