package io.studygraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The relations between entities, read one entity at a time with bound lookups, in both
 * directions. Structural and provenance links (types, source files, web addresses) are not
 * relations between entities and are never walked. Each read is bounded per entity, so a hub
 * costs no more than {@code maxPerNode} relations each way.
 */
final class Adjacency {
    static final Set<String> NOT_RELATIONS = Set.of(Vocab.TYPE.getURI(), Vocab.WAS_DERIVED_FROM.getURI(),
            Vocab.URL.getURI(), Vocab.SAME_AS.getURI(), Vocab.CITATIONS_PAGE.getURI(), Vocab.SOURCE_FILE.getURI(),
            Vocab.RDFS_SEE_ALSO.getURI(), Vocab.AUTHOR_LIST.getURI());
    private static final Set<String> SLUGS = Arrays.stream(Kind.values()).map(Kind::slug).collect(Collectors.toSet());
    private static final List<Node> LABELS = List.of(Vocab.NAME, Vocab.PREF_LABEL, Vocab.RDFS_LABEL);

    private final Lookup lookup;
    private final WalkFilter filter;
    private final int maxPerNode;

    Adjacency(Lookup lookup, WalkFilter filter, int maxPerNode) {
        this.lookup = lookup;
        this.filter = filter;
        this.maxPerNode = maxPerNode;
    }

    /**
     * The kind of an entity from its IRI; only entities of the dataset's namespace are walked.
     * Read for every edge of a walk, so it parses the IRI without building anything.
     */
    static String kindOf(String iri) {
        if (!iri.startsWith(Vocab.ID)) return null;
        int slash = iri.indexOf('/', Vocab.ID.length());
        String slug = slash > 0 ? iri.substring(Vocab.ID.length(), slash) : null;
        return SLUGS.contains(slug) ? slug : null;
    }

    /** The walkable relations of one entity, outgoing then incoming, each once; at most {@code maxPerNode} read each way. */
    List<Edge> edges(String node) {
        Node n = NodeFactory.createURI(node);
        Set<Edge> out = new LinkedHashSet<>();
        lookup.find(n, Node.ANY, Node.ANY, maxPerNode, t -> keep(t, out));
        lookup.find(Node.ANY, Node.ANY, n, maxPerNode, t -> keep(t, out));
        return List.copyOf(out);
    }

    private void keep(Triple t, Set<Edge> edges) {
        if (!t.getSubject().isURI() || !t.getObject().isURI() || t.getSubject().equals(t.getObject())) return;
        String p = t.getPredicate().getURI();
        if (!filter.allowsRelation(p)) return;
        String s = t.getSubject().getURI(), o = t.getObject().getURI();
        if (filter.allowsKind(kindOf(s)) && filter.allowsKind(kindOf(o))) edges.add(new Edge(s, p, o));
    }

    /**
     * How much an entity matters, cheaply: the statements naming it as their object (a paper's
     * citations, a person's works, a concept's mentions), counted on the index up to {@code cap}.
     */
    int importance(String node, int cap) {
        return lookup.count(Node.ANY, Node.ANY, NodeFactory.createURI(node), cap);
    }

    /**
     * Display label and kind of each entity, by the one label rule (name, else preferred label,
     * else rdfs:label, else words from the IRI): a bound lookup or two per entity.
     */
    Map<String, EntityView.Ref> refs(Collection<String> nodes) {
        Map<String, EntityView.Ref> refs = new LinkedHashMap<>();
        for (String iri : nodes) {
            Node n = NodeFactory.createURI(iri);
            String[] label = {null};
            for (Node property : LABELS) {
                lookup.find(n, property, Node.ANY, 1, t -> label[0] = t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : null);
                if (label[0] != null) break;
            }
            String kind = kindOf(iri);
            if (kind == null) kind = Kind.of(iri, types(n)).map(Kind::slug).orElse(null);
            refs.put(iri, new EntityView.Ref(iri, label[0] != null ? label[0] : Labels.humanise(iri), kind));
        }
        return refs;
    }

    /** The types of an entity from outside the dataset's namespace, whose IRI does not say its kind. */
    private List<Node> types(Node n) {
        List<Node> types = new ArrayList<>();
        lookup.find(n, Vocab.TYPE, Node.ANY, 20, t -> types.add(t.getObject()));
        return types;
    }
}
