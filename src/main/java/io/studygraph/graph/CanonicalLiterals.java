package io.studygraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Literals in their canonical form ("1.5", not "1.50"; "1.0", not "1"), as every store writes
 * them. TDB2 keeps a decimal's scale inside the node id it stores but reads the literal back
 * canonical, so a literal stored as written matched nothing that a later write asked to delete: a
 * changed value stayed beside the new one for good. A remote store over an in-memory dataset keeps
 * the form as written; canonical on the way in, both stores read back the same literal.
 */
final class CanonicalLiterals {
    private CanonicalLiterals() {}

    /** The graphs canonical; a graph already canonical is passed on as it is. */
    static Map<String, Model> of(Map<String, Model> graphs) {
        Map<String, Model> out = new LinkedHashMap<>();
        graphs.forEach((name, model) -> out.put(name, of(model)));
        return out;
    }

    static Model of(Model model) {
        Graph g = model.getGraph();
        boolean changes = false;
        for (var it = g.find(); it.hasNext() && !changes; ) {
            Node o = it.next().getObject();
            changes = o.isLiteral() && !CanonicalizeLiteral.get().apply(o).equals(o);
        }
        if (!changes) return model;
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> copy.add(of(t)));
        return ModelFactory.createModelForGraph(copy);
    }

    static Triple of(Triple t) {
        return t.getObject().isLiteral()
                ? Triple.create(t.getSubject(), t.getPredicate(), CanonicalizeLiteral.get().apply(t.getObject())) : t;
    }
}
