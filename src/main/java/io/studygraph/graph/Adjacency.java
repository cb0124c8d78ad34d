package io.studygraph.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
            Vocab.RDFS_SEE_ALSO.getURI(), Vocab.AUTHOR_LIST.getURI(), Vocab.VARIANT_AUTHOR_LIST.getURI());

    private final Lookup lookup;
    private final WalkFilter filter;
    private final int maxPerNode;

    Adjacency(Lookup lookup, WalkFilter filter, int maxPerNode) {
        this.lookup = lookup;
        this.filter = filter;
        this.maxPerNode = maxPerNode;
    }

    /** The kind of an entity from its IRI; only entities of the dataset's namespace are walked. */
    static String kindOf(String iri) {
        Kind kind = Kind.ofIri(iri);
        return kind == null ? null : kind.slug();
    }

    /** The walkable relations of one entity, outgoing then incoming, each once; at most {@code maxPerNode} read each way. */
    List<Edge> edges(String node) {
        return edges(node, maxPerNode).edges();
    }

    /** What one read of an entity's relations gave, and how many statements past the read were left unread. */
    record Read(List<Edge> edges, int unread) {}

    /**
     * The walkable relations of one entity, outgoing then incoming, each once; at most {@code max}
     * statements read each way (and no more than {@code maxPerNode}). A direction read to the end
     * of that bound has its remaining statements counted on the index up to {@code maxPerNode}:
     * how much a view that read less leaves out.
     */
    Read edges(String node, int max) {
        int bound = Math.min(max, maxPerNode);
        Node n = NodeFactory.createURI(node);
        Set<Edge> out = new LinkedHashSet<>();
        int unread = 0;
        Predicate<Node> walkable = p -> filter.allowsRelation(p.getURI());
        for (boolean outgoing : new boolean[] {true, false}) {
            int kept = out.size();
            if (lookup.links(n, outgoing, bound, walkable, t -> keep(t, out)) == bound && bound < maxPerNode) {
                // Read to its bound: the relations past it, counted as the read would keep them (not
                // types, names or dates), are what "more" offers; their far ends are decoded, not read.
                Set<Edge> all = new LinkedHashSet<>();
                lookup.links(n, outgoing, maxPerNode, walkable, t -> keep(t, all));
                unread += Math.max(0, all.size() - (out.size() - kept));
            }
        }
        return new Read(List.copyOf(out), unread);
    }

    private void keep(Triple t, Set<Edge> edges) {
        Edge e = edge(t);
        if (e != null) edges.add(e);
    }

    /** The walkable relation a statement is, or null: between two entities of allowed kinds. */
    private Edge edge(Triple t) {
        if (!t.getSubject().isURI() || !t.getObject().isURI() || t.getSubject().equals(t.getObject())) return null;
        String s = t.getSubject().getURI(), o = t.getObject().getURI();
        return filter.allows(s, kindOf(s)) && filter.allows(o, kindOf(o)) ? new Edge(s, t.getPredicate().getURI(), o) : null;
    }

    /**
     * How much an entity matters, cheaply: the statements naming it as their object (a paper's
     * citations, a person's works, a concept's mentions), counted on the index up to {@code cap}.
     * A count below {@code cap} is exact; one that reached it is kept for the store's generation.
     */
    int importance(String node, int cap) {
        Integer kept = lookup.cache().importance(node);
        if (kept != null) return Math.min(kept, cap);
        int n = lookup.count(Node.ANY, Node.ANY, NodeFactory.createURI(node), cap);
        if (n < cap || cap == Neighbourhood.IMPORTANCE_CAP) lookup.cache().importance(node, n);
        return n;
    }
}
