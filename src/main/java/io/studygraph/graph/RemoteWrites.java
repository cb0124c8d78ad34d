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
    /** Next generation = stored + 1 (or 1 on a new store), in the same request as the writes it counts. */
    private static final UpdateRequest BUMP = UpdateFactory.create("""
            DELETE { GRAPH <%1$s> { <%2$s> <%3$s> ?old } }
            INSERT { GRAPH <%1$s> { <%2$s> <%3$s> ?next } }
            WHERE { OPTIONAL { GRAPH <%1$s> { <%2$s> <%3$s> ?old } } BIND (COALESCE(?old + 1, 1) AS ?next) }
            """.formatted(StoreState.GRAPH.getURI(), StoreState.STATE.getURI(), StoreState.GENERATION.getURI()));

    private UpdateRequest pending = new UpdateRequest();

    boolean isEmpty() {
        return pending.getOperations().isEmpty();
    }

    /** Each graph dropped and written again: its triples are exactly the model's afterwards. */
    void replace(Map<String, Model> graphs) {
        CanonicalLiterals.of(graphs).forEach((name, model) -> {
            Node g = NodeFactory.createURI(name);
            pending.add(new UpdateDrop(g, true));
            if (!model.isEmpty()) pending.add(new UpdateDataInsert(quads(g, model.getGraph().find().toList())));
        });
    }

    void update(String graphName, Collection<Triple> remove, Collection<Triple> add) {
        Node g = NodeFactory.createURI(graphName);
        if (!remove.isEmpty()) pending.add(new UpdateDataDelete(quads(g, remove.stream().map(CanonicalLiterals::of).toList())));
        if (!add.isEmpty()) pending.add(new UpdateDataInsert(quads(g, add.stream().map(CanonicalLiterals::of).toList())));
    }

    void remove(Set<String> graphNames) {
        graphNames.forEach(name -> pending.add(new UpdateDrop(NodeFactory.createURI(name), true)));
    }

    /** The request to send (the writes and the bump); this buffer is empty afterwards. */
    UpdateRequest drain() {
        UpdateRequest request = pending;
        BUMP.getOperations().forEach(request::add);
        pending = new UpdateRequest();
        return request;
    }

    /** Drops what was not sent: the write it belonged to failed. */
    void discard() {
        pending = new UpdateRequest();
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
