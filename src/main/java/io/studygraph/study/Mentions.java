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

/**
 * What glossary linking found for one entity, read back for a page: the concepts its texts name,
 * with offsets so the page can link the words, and, for a concept, the texts that name it and in
 * which field. Learners' notes are left out of the second list: they are no part of the list.
 */
public final class Mentions {
    /** Texts listed for a concept; a concept named by every paper of a large list says so by its count. */
    public static final int MAX_FOUND_IN = 200;
    private static final Node GRAPH = NodeFactory.createURI(Vocab.GLOSSARY_MENTIONS_GRAPH);
    /** Entities whose texts may name the concept: derived links, and stated ones (a stated link is not derived again). */
    private static final Query CANDIDATES = Sparql.parse("""
            SELECT DISTINCT ?e WHERE {
              { GRAPH ?g { ?e sg:mentionsConcept ?c } } UNION { VALUES ?p { schema:mentions schema:about } ?e ?p ?c }
              FILTER NOT EXISTS { ?e a sg:Note } }
            ORDER BY ?e""");

    private final Store store;
    private final EntityService entities;
    private final GlossaryLinker glossary;

    public Mentions(Store store, EntityService entities, GlossaryLinker glossary) {
        this.store = store;
        this.entities = entities;
        this.glossary = glossary;
    }

    /** A concept named in a text of the entity: {@code text} is the words as written, at [start, end). */
    public record Span(String field, int start, int end, String text, String concept, String label) {}

    /** A text that names the concept: the entity, which of its texts, and the words. */
    public record FoundIn(String iri, String label, String kind, String field, String text) {}

    /** @param total how many texts name the concept (only the first {@link #MAX_FOUND_IN} are listed) */
    public record Answer(List<Span> spans, List<FoundIn> foundIn, int total) {}

    public Answer of(String iri) {
        Node c = NodeFactory.createURI(iri);
        return store.read(() -> {
            List<GlossaryLinker.Span> inEntity = glossary.spans(List.of(iri)).getOrDefault(iri, List.of());
            List<String> candidates = Sparql.select(store, CANDIDATES, Map.of("g", GRAPH, "c", c)).stream()
                    .map(r -> r.getResource("e").getURI()).toList();
            List<GlossaryLinker.Span> naming = new ArrayList<>();
            Map<String, List<GlossaryLinker.Span>> byEntity = glossary.spans(candidates);
            for (String e : candidates) {
                byEntity.getOrDefault(e, List.of()).stream().filter(s -> s.concept().equals(iri)).forEach(naming::add);
            }
            Set<String> wanted = new LinkedHashSet<>();
            inEntity.forEach(s -> wanted.add(s.concept()));
            naming.stream().limit(MAX_FOUND_IN).forEach(s -> wanted.add(s.entity()));
            Map<String, Ref> refs = new HashMap<>();
            entities.refs(wanted).forEach(r -> refs.put(r.iri(), r));
            List<Span> spans = inEntity.stream().map(s -> new Span(s.field(), s.start(), s.end(), s.text(), s.concept(),
                    refs.containsKey(s.concept()) ? refs.get(s.concept()).label() : s.concept())).toList();
            List<FoundIn> found = naming.stream().limit(MAX_FOUND_IN).map(s -> {
                Ref ref = refs.getOrDefault(s.entity(), new Ref(s.entity(), s.entity(), null));
                return new FoundIn(ref.iri(), ref.label(), ref.kind(), s.field(), s.text());
            }).toList();
            return new Answer(spans, found, naming.size());
        });
    }
}
