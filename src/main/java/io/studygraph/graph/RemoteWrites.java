package io.studygraph.graph;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The writes of one {@link SparqlStore#write} not yet sent, as SPARQL Update operations built from
 * nodes (never from text; blank nodes as their {@link Skolem} IRIs), ending in the generation's bump: sent as one request, which a SPARQL
 * server runs as one transaction, so the writes and their generation land together or not at all.
 */
final class RemoteWrites {
    /** Change records are {@code <CHANGE_PREFIX + generation>}. */
    static final String CHANGE_PREFIX = StoreState.GRAPH.getURI() + "#change-";
    /** How many generations' change records the store keeps. */
    static final int CHANGES_KEPT = 1_000;
    /** A change record's graph: {@code <state#change-N> sg:wrote <graph>}. */
    static final Node WROTE = Vocab.sg("wrote");
    /**
     * Next generation = stored + 1 (or 1 on a new store), in the same request as the writes it
     * counts, with a change record of that generation ({@code <state#change-N> sg:generation N}),
     * the last {@link #CHANGES_KEPT} of them kept: another instance reads which graphs moved since
     * its index's generation ({@link SparqlStore#changedSince}) instead of indexing everything again.
     */
    private static final UpdateRequest BUMP = UpdateFactory.create("""
            DELETE { GRAPH <%1$s> { <%2$s> <%3$s> ?old } }
            INSERT { GRAPH <%1$s> { <%2$s> <%3$s> ?next . ?change <%3$s> ?next } }
            WHERE { OPTIONAL { GRAPH <%1$s> { <%2$s> <%3$s> ?old } } BIND (COALESCE(?old + 1, 1) AS ?next)
                    BIND (IRI(CONCAT("%4$s", STR(?next))) AS ?change) } ;
            DELETE { GRAPH <%1$s> { ?change ?p ?o } }
            WHERE { GRAPH <%1$s> { <%2$s> <%3$s> ?now . ?change <%3$s> ?n ; ?p ?o FILTER (?change != <%2$s> && ?n <= ?now - %5$d) } }
            """.formatted(StoreState.GRAPH.getURI(), StoreState.STATE.getURI(), StoreState.GENERATION.getURI(), CHANGE_PREFIX, CHANGES_KEPT));

    private UpdateRequest pending = new UpdateRequest();
    /** The graphs the pending writes touch, for the change record. */
    private final Set<Node> touched = new java.util.LinkedHashSet<>();

    boolean isEmpty() {
        return pending.getOperations().isEmpty();
    }

    /** Each graph dropped and written again: its triples are exactly the model's afterwards. */
    void replace(Map<String, Model> graphs) {
        CanonicalLiterals.of(graphs).forEach((name, model) -> {
            Node g = NodeFactory.createURI(name);
            touched.add(g);
            pending.add(new UpdateDrop(g, true));
            if (!model.isEmpty()) pending.add(new UpdateDataInsert(quads(g, model.getGraph().find().toList())));
        });
    }

    void update(String graphName, Collection<Triple> remove, Collection<Triple> add) {
        Node g = NodeFactory.createURI(graphName);
        touched.add(g);
        if (!remove.isEmpty()) pending.add(new UpdateDataDelete(quads(g, remove.stream().map(CanonicalLiterals::of).toList())));
        if (!add.isEmpty()) pending.add(new UpdateDataInsert(quads(g, add.stream().map(CanonicalLiterals::of).toList())));
    }

    void remove(Set<String> graphNames) {
        graphNames.forEach(name -> {
            touched.add(NodeFactory.createURI(name));
            pending.add(new UpdateDrop(NodeFactory.createURI(name), true));
        });
    }

    /** The request to send (the writes and the bump); this buffer is empty afterwards. */
    UpdateRequest drain() {
        UpdateRequest request = pending;
        BUMP.getOperations().forEach(request::add);
        if (!touched.isEmpty()) request.add(changeRecord(touched));
        pending = new UpdateRequest();
        touched.clear();
        return request;
    }

    /**
     * {@code INSERT { GRAPH <state> { ?change sg:wrote ?g } } WHERE { GRAPH <state> { <store>
     * sg:generation ?n } BIND (IRI(...) AS ?change) VALUES ?g { ... } }}, after the bump, so ?n is
     * the new generation; built with the syntax API, the graph names as nodes.
     */
    private static org.apache.jena.update.Update changeRecord(Set<Node> graphs) {
        org.apache.jena.sparql.core.Var change = org.apache.jena.sparql.core.Var.alloc("change"), g = org.apache.jena.sparql.core.Var.alloc("g"),
                n = org.apache.jena.sparql.core.Var.alloc("n");
        org.apache.jena.sparql.modify.request.UpdateModify insert = new org.apache.jena.sparql.modify.request.UpdateModify();
        insert.setHasDeleteClause(false);
        insert.setHasInsertClause(true);
        insert.getInsertAcc().addQuad(Quad.create(StoreState.GRAPH, change, WROTE, g));
        org.apache.jena.sparql.syntax.ElementGroup where = new org.apache.jena.sparql.syntax.ElementGroup();
        org.apache.jena.sparql.syntax.ElementPathBlock generation = new org.apache.jena.sparql.syntax.ElementPathBlock();
        generation.addTriple(Triple.create(StoreState.STATE, StoreState.GENERATION, n));
        where.addElement(new org.apache.jena.sparql.syntax.ElementNamedGraph(StoreState.GRAPH, generation));
        where.addElement(new org.apache.jena.sparql.syntax.ElementBind(change, new org.apache.jena.sparql.expr.E_IRI(
                new org.apache.jena.sparql.expr.E_StrConcat(new org.apache.jena.sparql.expr.ExprList(java.util.List.of(
                        org.apache.jena.sparql.expr.NodeValue.makeString(CHANGE_PREFIX), new org.apache.jena.sparql.expr.E_Str(
                                new org.apache.jena.sparql.expr.ExprVar(n))))))));
        org.apache.jena.sparql.syntax.ElementData values = new org.apache.jena.sparql.syntax.ElementData();
        values.add(g);
        graphs.forEach(graph -> values.add(org.apache.jena.sparql.engine.binding.BindingFactory.binding(g, sendable(graph))));
        where.addElement(values);
        insert.setElement(where);
        return insert;
    }

    /** Drops what was not sent: the write it belonged to failed. */
    void discard() {
        pending = new UpdateRequest();
        touched.clear();
    }

    private static QuadDataAcc quads(Node g, Collection<Triple> triples) {
        QuadDataAcc acc = new QuadDataAcc();
        sendable(g);
        triples.forEach(t -> {
            sendable(t.getSubject());
            sendable(t.getPredicate());
            sendable(t.getObject());
            acc.addQuad(Quad.create(g, Skolem.out(t)));
        });
        return acc;
    }

    /**
     * Refuses an IRI that SPARQL's syntax cannot hold ({@code <>"{}|^`\}, spaces, controls).
     * Jena writes an IRI between angle brackets as it is; such a one would end the IRI early and
     * the rest would be read as SPARQL on the server. An embedded store never parses it, and
     * simply matches nothing.
     */
    static Node sendable(Node node) {
        if (!node.isURI()) return node;
        String iri = node.getURI();
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new IllegalArgumentException("Not an IRI a SPARQL request can carry: " + iri);
            }
        }
        return node;
    }
}
