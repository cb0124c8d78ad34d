package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real Fuseki, started in this JVM on port 0 over an in-memory dataset,
 * with the graphs of the union listed in each query (the portable way).
 */
class SparqlStoreContractTest extends StoreContract {
    static final DatasetGraph DATASET = DatasetGraphFactory.createTxnMem();
    static FusekiServer fuseki;

    @BeforeAll
    static void startFuseki() {
        fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", DATASET).build().start();
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.stop();
    }

    static SparqlEndpoints endpoints(FusekiServer server) {
        return SparqlEndpoints.fuseki("http://localhost:" + server.getPort() + "/ds");
    }

    @Override
    Store open() {
        Txn.executeWrite(DATASET, DATASET::clear);
        return new SparqlStore(endpoints(fuseki), RemoteAccess.anonymous());
    }

    /**
     * Weaker than on TDB2, which matches nothing: the remote store refuses such an IRI before it
     * is written into a request, where it would end the IRI early and the rest be read as SPARQL.
     */
    @Test
    @Override
    void a_hostile_iri_in_a_binding_changes_nothing() {
        store.replaceGraphs(Map.of(A, turtle("<http://example.org/x> schema:name \"X\" .")));
        Node hostile = NodeFactory.createURI("http://example.org/x> ?p ?o } ; DROP ALL ; SELECT * { <http://example.org/x");
        assertThatThrownBy(() -> Sparql.select(store, Sparql.parse("SELECT ?n WHERE { ?e schema:name ?n }"), Map.of("e", hostile)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not an IRI");
        assertThatThrownBy(() -> store.update(A, List.of(), List.of(org.apache.jena.graph.Triple.create(hostile, NAME, X))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.size()).isEqualTo(1);
    }

    /**
     * What remains of all-or-nothing when a write reads: the read sends what was buffered (so it
     * sees it), and a failure after that keeps the part sent; the writes after the read are dropped.
     */
    @Test
    void a_write_that_reads_then_throws_keeps_what_it_sent_before_the_read() {
        assertThatThrownBy(() -> store.write(() -> {
            store.update(A, List.of(), List.of(name("Sent before the read")));
            names();
            store.update(A, List.of(), List.of(name("Buffered after it")));
            throw new IllegalStateException("fails after the read");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(names()).containsExactly("Sent before the read");
    }

    @Test
    void the_remote_store_runs_no_property_functions() {
        assertThat(store.addPropertyFunction(Vocab.SG + "search", (uri) -> null)).isFalse();
    }
}
