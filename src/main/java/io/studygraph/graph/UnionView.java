package io.studygraph.graph;

import java.util.Collection;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;

/**
 * A query rewritten to read the union of the named graphs on a server whose default graph is its
 * own (a plain SPARQL server's is): rewritten in the syntax tree, never as text.
 */
final class UnionView {
    private UnionView() {}

    /**
     * The graphs as {@code FROM} (their merge is the default graph) and as {@code FROM NAMED} (or
     * {@code GRAPH ?g} would find none: a query with a dataset of its own has only the graphs it names).
     */
    static Query listing(Query query, Collection<String> graphNames) {
        Query copy = query.cloneQuery();
        for (String name : graphNames) {
            copy.addGraphURI(name);
            copy.addNamedGraphURI(name);
        }
        return copy;
    }

    /**
     * The pattern inside {@code GRAPH <union> { ... }}: a {@code GRAPH ?g} within it still ranges
     * over the named graphs. A {@code DESCRIBE} without a pattern is left as it is.
     */
    static Query through(Query query, String unionGraph) {
        Query copy = query.cloneQuery();
        if (copy.getQueryPattern() == null) return copy;
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementNamedGraph(NodeFactory.createURI(unionGraph), copy.getQueryPattern()));
        copy.setQueryPattern(group);
        return copy;
    }
}
