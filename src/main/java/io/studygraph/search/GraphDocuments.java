package io.studygraph.search;

import io.studygraph.graph.Vocab;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The documents {@link DocumentSource} reads from the store with queries, built instead from named
 * graphs in memory: after a large import, the graphs just stored are still at hand, and walking
 * them (one lookup per entity per graph) costs a fraction of querying the union for the same facts.
 * The graphs must be the whole store, each under its name: the imported ones as parsed, the others
 * read from the store; an entity's facts may come from several of them.
 *
 * <pre>{@code
 * GraphDocuments docs = new GraphDocuments();
 * docs.add(graphName, graph);            // each named graph of the store
 * docs.each(index::add);
 * }</pre>
 */
final class GraphDocuments {
    private static final Set<String> LITERALS = uris(Vocab.NAME, Vocab.PREF_LABEL, Vocab.RDFS_LABEL, Vocab.ALT_LABEL, Vocab.VARIANT_NAME,
            Vocab.DESCRIPTION, Vocab.ABSTRACT, Vocab.SUMMARY, Vocab.DEFINITION, Vocab.DATE_PUBLISHED, Vocab.ARXIV_ID, Vocab.DOI,
            Vocab.OPENREVIEW_ID, Vocab.YOUTUBE_ID, Vocab.GITHUB_REPO, Vocab.STACK_EXCHANGE_ID, Vocab.IMPORTANCE);
    private static final Set<String> ROLES = uris(Vocab.AUTHOR, Vocab.PRESENTER, Vocab.schema("contributor"));
    private static final Set<String> NAMES = uris(Vocab.NAME, Vocab.PREF_LABEL, Vocab.RDFS_LABEL, Vocab.ALT_LABEL, Vocab.VARIANT_NAME);
    private static final Set<String> CONCEPT_LINKS = uris(Vocab.MENTIONS, Vocab.ABOUT, Vocab.EXPLAINS);
    private static final Set<String> RELATED = uris(Vocab.VENUE, Vocab.CHANNEL, Vocab.schema("affiliation"),
            Vocab.schema("publisher"), Vocab.RECOMMENDED_BY);
    private static final Node FIRST = RDF.Nodes.first, REST = RDF.Nodes.rest, NIL = RDF.Nodes.nil;

    private final Map<String, Graph> graphs = new LinkedHashMap<>();

    /** Adds one named graph of the store. */
    void add(String graphName, Graph graph) {
        graphs.put(graphName, graph);
    }

    /** Sends the document of every entity with a searchable kind, and of every note, to {@code sink}. */
    void each(Consumer<EntityDocument> sink) {
        Set<Node> seen = new HashSet<>();
        for (Graph graph : graphs.values()) {
            for (var it = graph.find(Node.ANY, RDF.Nodes.type, Node.ANY); it.hasNext(); ) {
                Node e = it.next().getSubject();
                if (e.isURI() && seen.add(e)) build(e).ifPresent(sink);
            }
        }
    }

    private Optional<EntityDocument> build(Node e) {
        DocumentBuilder b = new DocumentBuilder(e.getURI());
        Map<String, Set<Node>> links = new HashMap<>();
        graphs.forEach((graphName, graph) -> {
            boolean here = false;
            for (var it = graph.find(e, Node.ANY, Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                here = true;
                String p = t.getPredicate().getURI();
                Node o = t.getObject();
                if (t.getPredicate().equals(RDF.Nodes.type)) b.types.add(o);
                else if (LITERALS.contains(p) && o.isLiteral()) b.literal(p, o.getLiteralLexicalForm());
                else links.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(o);
            }
            if (here) b.sources.add(graphName);
        });
        links.forEach((p, objects) -> {
            if (ROLES.contains(p)) objects.stream().filter(Node::isURI).forEach(a -> credit(b, DocumentBuilder.localName(p), a));
            else if (CONCEPT_LINKS.contains(p)) objects.forEach(c -> concept(b, c));
            else if (RELATED.contains(p)) objects.forEach(o -> first(o, Vocab.NAME).or(() -> first(o, Vocab.RDFS_LABEL)).ifPresent(b.related::add));
            else if (p.equals(Vocab.AUTHOR_LIST.getURI())) objects.forEach(list -> authorOrder(b, list));
        });
        if (b.types.contains(Vocab.NOTE)) note(b, links);
        return b.build();
    }

    /** Every name of a credited person, as the credits query pairs them. */
    private void credit(DocumentBuilder b, String role, Node person) {
        for (Graph graph : graphs.values()) {
            for (var it = graph.find(person, Node.ANY, Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                if (NAMES.contains(t.getPredicate().getURI()) && t.getObject().isLiteral()) {
                    b.credits.name(person.getURI(), role, DocumentBuilder.localName(t.getPredicate().getURI()), t.getObject().getLiteralLexicalForm());
                }
            }
        }
    }

    /** A linked concept's preferred labels, when it is a {@code skos:Concept}. */
    private void concept(DocumentBuilder b, Node c) {
        if (graphs.values().stream().noneMatch(g -> g.contains(c, RDF.Nodes.type, Vocab.CONCEPT))) return;
        for (Graph graph : graphs.values()) {
            graph.find(c, Vocab.PREF_LABEL, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) b.concepts.add(t.getObject().getLiteralLexicalForm());
            });
        }
    }

    /** Each author's place in the list, counted from 1; a person listed twice keeps the later place, as the query's count does. */
    private void authorOrder(DocumentBuilder b, Node list) {
        Set<Node> visited = new HashSet<>();
        int position = 0;
        for (Node cell = list; cell != null && !cell.equals(NIL) && visited.add(cell); cell = object(cell, REST)) {
            position++;
            Node a = object(cell, FIRST);
            if (a != null && a.isURI()) b.credits.position(list.toString(), a.getURI(), position);
        }
    }

    private void note(DocumentBuilder b, Map<String, Set<Node>> links) {
        Node learner = any(links, Vocab.LEARNER), on = any(links, Vocab.NOTE_ON), text = any(links, Vocab.TEXT);
        if (learner == null || !learner.isLiteral() || on == null || !on.isURI() || text == null || !text.isLiteral()) return;
        String onLabel = first(on, Vocab.NAME).or(() -> first(on, Vocab.PREF_LABEL)).or(() -> first(on, Vocab.RDFS_LABEL)).orElse(on.getURI());
        b.note = new DocumentBuilder.NoteFacts(learner.getLiteralLexicalForm(), on.getURI(), onLabel, text.getLiteralLexicalForm());
    }

    private static Node any(Map<String, Set<Node>> links, Node property) {
        Set<Node> values = links.get(property.getURI());
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }

    /** The first literal value of {@code property} on {@code node} in any graph. */
    private Optional<String> first(Node node, Node property) {
        for (Graph graph : graphs.values()) {
            for (var it = graph.find(node, property, Node.ANY); it.hasNext(); ) {
                Node o = it.next().getObject();
                if (o.isLiteral()) return Optional.of(o.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    private Node object(Node subject, Node property) {
        for (Graph graph : graphs.values()) {
            var it = graph.find(subject, property, Node.ANY);
            if (it.hasNext()) return it.next().getObject();
        }
        return null;
    }

    private static Set<String> uris(Node... nodes) {
        Set<String> out = new HashSet<>();
        for (Node n : nodes) out.add(n.getURI());
        return out;
    }
}
