package io.studygraph.graph;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * {@link Lookup}'s reads of TDB2's quad indexes on node ids, turning back into nodes only the
 * ids a view uses. A statement read through the dataset costs four node-table lookups (graph,
 * subject, predicate, object); counting needs none, and a view's walk needs only the predicate,
 * a handful of distinct ones, and the far end. Valid inside the read transaction it was made in.
 */
final class TdbIds {
    private final NodeTupleTable quads;
    private final NodeTable nodes;
    /** Predicates decoded once per reader: a walk meets a few dozen, millions of times. */
    private final Map<NodeId, Node> predicates = new HashMap<>();

    TdbIds(DatasetGraphTDB tdb) {
        this.quads = tdb.getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
    }

    /** The statements {@code s p o} (any of them {@link Node#ANY}) in any named graph, as ids; null when a node is unknown. */
    private Iterator<Tuple<NodeId>> find(Node s, Node p, Node o) {
        NodeId[] ids = {NodeId.NodeIdAny, id(s), id(p), id(o)};
        for (NodeId id : ids) if (NodeId.isDoesNotExist(id)) return null;
        return quads.find(ids);
    }

    private NodeId id(Node n) {
        return n.isConcrete() ? nodes.getNodeIdForNode(n) : NodeId.NodeIdAny;
    }

    /** How many statements match, counted up to {@code cap}. */
    int count(Node s, Node p, Node o, int cap) {
        Iterator<Tuple<NodeId>> it = find(s, p, o);
        if (it == null) return 0;
        try {
            int n = 0;
            while (n < cap && it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        } finally {
            Iter.close(it);
        }
    }

    /** The object of the first statement {@code s p ?}, or null. */
    Node firstObject(Node s, Node p) {
        Iterator<Tuple<NodeId>> it = find(s, p, Node.ANY);
        if (it == null) return null;
        try {
            return it.hasNext() ? nodes.getNodeForNodeId(it.next().get(3)) : null;
        } finally {
            Iter.close(it);
        }
    }

    /**
     * Visits up to {@code limit} statements naming {@code n} as subject ({@code outgoing}) or
     * object, as (predicate, far end); the far end is decoded only where {@code wanted} accepts
     * the predicate, and never when it is an inline literal (a number or date: not an entity).
     * Returns how many statements it read.
     */
    int links(Node n, boolean outgoing, int limit, java.util.function.Predicate<Node> wanted, BiPredicate<Node, Node> each) {
        Iterator<Tuple<NodeId>> it = outgoing ? find(n, Node.ANY, Node.ANY) : find(Node.ANY, Node.ANY, n);
        if (it == null) return 0;
        try {
            int read = 0;
            while (read < limit && it.hasNext()) {
                Tuple<NodeId> q = it.next();
                read++;
                Node p = predicates.computeIfAbsent(q.get(2), nodes::getNodeForNodeId);
                NodeId far = q.get(outgoing ? 3 : 1);
                if (!wanted.test(p) || NodeId.isInline(far)) continue;
                if (!each.test(p, nodes.getNodeForNodeId(far))) break;
            }
            return read;
        } finally {
            Iter.close(it);
        }
    }
}
