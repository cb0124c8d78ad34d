package io.studygraph.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The store's own bookkeeping, in a graph of its own beside the sources: the generation each write
 * bumps, and how many statements the named graphs hold, kept with each write so
 * {@link TdbStore#size()} need not count them. Read and written inside the caller's transaction.
 */
final class StoreState {
    static final Node GRAPH = NodeFactory.createURI("https://w3id.org/studygraph/state");
    static final Node STATE = NodeFactory.createURI("https://w3id.org/studygraph/state#store");
    static final Node GENERATION = Vocab.sg("generation");
    private static final Node TRIPLES = Vocab.sg("tripleCount");

    private StoreState() {}

    static long generation(DatasetGraph dsg) {
        var it = dsg.find(GRAPH, STATE, GENERATION, Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0L;
    }

    static void setGeneration(DatasetGraph dsg, long generation) {
        dsg.deleteAny(GRAPH, STATE, GENERATION, Node.ANY);
        dsg.add(GRAPH, STATE, GENERATION, NodeFactory.createLiteralDT(Long.toString(generation), XSDDatatype.XSDinteger));
    }

    /** The named graphs' statements (the state graph's own left out): kept, or counted once for a store from before the count. */
    static long count(DatasetGraph dsg) {
        var it = dsg.find(GRAPH, STATE, TRIPLES, Node.ANY);
        if (it.hasNext()) return Long.parseLong(it.next().getObject().getLiteralLexicalForm());
        long n = 0;
        for (var quads = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY); quads.hasNext(); ) {
            if (!quads.next().getGraph().equals(GRAPH)) n++;
        }
        return n;
    }

    static void setCount(DatasetGraph dsg, long count) {
        dsg.deleteAny(GRAPH, STATE, TRIPLES, Node.ANY);
        dsg.add(GRAPH, STATE, TRIPLES, NodeFactory.createLiteralDT(Long.toString(count), XSDDatatype.XSDinteger));
    }
}
