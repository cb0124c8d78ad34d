package io.studygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import io.studygraph.graph.StoreUnavailableException.Reason;

/**
 * How the remote store fails and recovers: a real Fuseki stopped and started again, one behind a
 * password, and small stub servers that refuse, babble or never answer.
 */
class SparqlStoreTest {
    private static final String A = Vocab.SOURCE + "a.ttl";
    private static final Duration CONNECT = Duration.ofSeconds(2);
    /** Room for a cold Fuseki's first answer on a busy machine. */
    private static final Duration REQUEST = Duration.ofSeconds(10);
    /** The stubs' limit: what a hung server costs a caller here. */
    private static final Duration STUB_REQUEST = Duration.ofSeconds(1);
    private static final Triple NAMED = Triple.create(NodeFactory.createURI("http://example.org/x"),
            NodeFactory.createURI("https://schema.org/name"), NodeFactory.createLiteralString("X"));

    private static final org.apache.jena.query.Query ANYTHING = Sparql.parse("ASK { ?s ?p ?o }");

    private static FusekiServer fuseki(DatasetGraph dsg, int port) {
        return FusekiServer.create().loopback(true).port(port).add("/ds", dsg).build().start();
    }

    private static SparqlStore storeAt(int port, RemoteAccess access) {
        return storeAt(port, access, REQUEST);
    }

    private static SparqlStore storeAt(int port, RemoteAccess access, Duration request) {
        return new SparqlStore(SparqlEndpoints.fuseki("http://localhost:" + port + "/ds"), access.withTimeouts(CONNECT, request));
    }

    @Test
    void a_stopped_server_fails_clearly_within_the_timeout_and_the_same_store_works_again_when_it_returns() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        FusekiServer server = fuseki(dsg, 0);
        int port = server.getPort();
        SparqlStore store = storeAt(port, RemoteAccess.anonymous());
        store.update(A, List.of(), List.of(NAMED));
        server.stop();

        long start = System.nanoTime();
        assertThatThrownBy(store::size).isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
            assertThat(e.getMessage()).contains("http://localhost:" + port + "/ds/query").contains("not reachable");
        });
        assertThatThrownBy(() -> store.update(A, List.of(), List.of(NAMED))).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("/ds/update");
        // Refused at once, not after a timeout.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CONNECT);

        FusekiServer again = fuseki(dsg, port);
        try {
            assertThat(store.size()).isEqualTo(1);
            assertThat(store.graphNames()).containsExactly(A);
        } finally {
            again.stop();
        }
    }

    @Test
    void a_server_behind_a_password_takes_the_right_one_and_refuses_a_wrong_one_without_showing_it() throws IOException {
        // Jetty keeps watching a password file after the server stops: one deleted with a test's
        // temp dir made its scanner print a stack trace into later tests' captured output.
        Path passwords = Files.writeString(Files.createTempFile("studygraph-fuseki", ".passwd"), "alice: s3cret-pass\n");
        passwords.toFile().deleteOnExit();
        FusekiServer server = FusekiServer.create().loopback(true).port(0).passwordFile(passwords.toString()).auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.policyAllowSpecific("alice")).add("/ds", DatasetGraphFactory.createTxnMem()).build().start();
        try {
            SparqlStore right = storeAt(server.getPort(), RemoteAccess.basic("alice", "s3cret-pass"));
            right.update(A, List.of(), List.of(NAMED));
            assertThat(right.size()).isEqualTo(1);

            SparqlStore wrong = storeAt(server.getPort(), RemoteAccess.basic("alice", "not-the-pass"));
            assertThatThrownBy(wrong::size).isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.REFUSED_CREDENTIALS);
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.getMessage()).contains("refused the credentials").doesNotContain("not-the-pass").doesNotContain("alice");
            });
            assertThat(RemoteAccess.basic("alice", "not-the-pass").toString()).doesNotContain("not-the-pass").contains("Basic");
        } finally {
            server.stop();
        }
    }

    @Test
    void a_forbidding_server_is_a_credentials_error_too() throws IOException {
        try (Stub stub = new Stub(exchange -> answer(exchange, 403, "text/plain", "no"))) {
            assertThatThrownBy(() -> stub.store(RemoteAccess.bearer("token-123")).generation())
                    .isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.REFUSED_CREDENTIALS);
                        assertThat(e.getMessage()).doesNotContain("token-123");
                    });
        }
    }

    @Test
    void an_answer_that_is_not_sparql_is_a_malformed_answer() throws IOException {
        try (Stub stub = new Stub(exchange -> answer(exchange, 200, "application/sparql-results+json", "{ \"head\": [ oops"))) {
            assertThatThrownBy(() -> stub.store(RemoteAccess.anonymous()).graphNames())
                    .isInstanceOfSatisfying(StoreUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_ANSWER));
        }
        try (Stub stub = new Stub(exchange -> answer(exchange, 200, "text/html", "<html>Welcome to the proxy</html>"))) {
            assertThatThrownBy(() -> stub.store(RemoteAccess.anonymous()).graphNames())
                    .isInstanceOfSatisfying(StoreUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_ANSWER));
        }
    }

    @Test
    void a_server_error_names_its_status() throws IOException {
        try (Stub stub = new Stub(exchange -> answer(exchange, 500, "text/plain", "disk full"))) {
            assertThatThrownBy(() -> stub.store(RemoteAccess.anonymous()).update(A, List.of(), List.of(NAMED)))
                    .isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.SERVER_ERROR);
                        assertThat(e.status()).isEqualTo(500);
                    });
        }
    }

    @Test
    void a_server_that_never_answers_times_out_and_a_callers_shorter_limit_cancels_the_query() throws IOException {
        CountDownLatch released = new CountDownLatch(1);
        try (Stub stub = new Stub(exchange -> {
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        })) {
            SparqlStore store = stub.store(RemoteAccess.anonymous());
            long start = System.nanoTime();
            assertThatThrownBy(store::isEmpty).isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                assertThat(e.getMessage()).contains("did not answer within the time limit");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(STUB_REQUEST.plusSeconds(2));
            // The caller's own limit, shorter than the store's: the same exception as on TDB2.
            var query = Sparql.parse("SELECT * { ?s ?p ?o } LIMIT 1");
            assertThatThrownBy(() -> store.query(query, Map.of(), Duration.ofMillis(300), qe -> qe.execSelect().hasNext()))
                    .isInstanceOf(QueryCancelledException.class);
        } finally {
            released.countDown();
        }
    }

    @Test
    void two_stores_on_one_server_see_each_others_writes_and_graphs() {
        FusekiServer server = fuseki(DatasetGraphFactory.createTxnMem(), 0);
        try {
            SparqlStore one = storeAt(server.getPort(), RemoteAccess.anonymous());
            SparqlStore two = storeAt(server.getPort(), RemoteAccess.anonymous());
            boolean before = two.query(ANYTHING, org.apache.jena.query.QueryExecution::execAsk);
            assertThat(before).isFalse();
            long seen = two.generation();
            one.update(A, List.of(), List.of(NAMED));
            assertThat(two.generation()).isGreaterThan(seen);
            // Inside a read, the generation its reads reflect; outside, the store's own.
            long pinnedAt = two.read(() -> {
                long at = two.generation();
                one.update(A, List.of(), List.of(NAMED));
                return at == two.generation() ? at : -1;
            });
            assertThat(pinnedAt).isPositive().isLessThan(two.generation());
            // The second store listed no graph in its last union query: a new one reaches its next.
            boolean after = two.query(ANYTHING, org.apache.jena.query.QueryExecution::execAsk);
            assertThat(after).isTrue();
        } finally {
            server.stop();
        }
    }

    @Test
    void another_store_on_the_server_reads_which_graphs_moved_since_a_generation() {
        FusekiServer server = fuseki(DatasetGraphFactory.createTxnMem(), 0);
        try {
            SparqlStore one = storeAt(server.getPort(), RemoteAccess.anonymous());
            SparqlStore two = storeAt(server.getPort(), RemoteAccess.anonymous());
            one.update(A, List.of(), List.of(NAMED));
            long seen = two.generation();
            assertThat(two.changedSince(seen)).contains(Set.of());

            String b = A + "-b", c = A + "-c";
            one.replaceGraphs(Map.of(b, ModelFactory.createModelForGraph(GraphFactory.createDefaultGraph())));
            one.write(() -> {
                one.update(c, List.of(), List.of(NAMED));
                one.update(A, List.of(NAMED), List.of());
                return null;
            });
            one.removeGraphs(Set.of(b));
            assertThat(two.changedSince(seen)).hasValueSatisfying(graphs -> assertThat(graphs).containsExactlyInAnyOrder(A, b, c));
            assertThat(two.changedSince(seen + 2)).hasValueSatisfying(graphs -> assertThat(graphs).containsExactly(b));
            // A generation the store never had (a store emptied and started again) cannot be answered.
            assertThat(two.changedSince(two.generation() + 5)).isEmpty();
            // The records live in the hidden state graph.
            assertThat(two.graphNames()).doesNotContain(StoreState.GRAPH.getURI());
        } finally {
            server.stop();
        }
    }

    /** TDB2 refuses a write inside a read; the remote store takes it, and its reads see it. */
    @Test
    void a_write_inside_a_read_sees_its_own_writes() {
        FusekiServer server = fuseki(DatasetGraphFactory.createTxnMem(), 0);
        try {
            SparqlStore store = storeAt(server.getPort(), RemoteAccess.anonymous());
            store.update(A, List.of(), List.of(NAMED));
            boolean seen = store.read(() -> store.write(() -> {
                store.update(Vocab.SOURCE + "b.ttl", List.of(), List.of(NAMED));
                return store.query(Sparql.parse("ASK { GRAPH ?g { ?s ?p ?o } }"), Map.of("g", NodeFactory.createURI(Vocab.SOURCE + "b.ttl")),
                        org.apache.jena.query.QueryExecution::execAsk);
            }));
            assertThat(seen).isTrue();
        } finally {
            server.stop();
        }
    }

    @Test
    void endpoints_refuse_what_would_leak_or_go_nowhere() {
        assertThatThrownBy(() -> SparqlEndpoints.fuseki("http://alice:pw@localhost:3030/ds"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw");
        assertThatThrownBy(() -> SparqlEndpoints.fuseki("file:///tmp/ds")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SparqlEndpoints.fuseki("http://localhost:3030/ds/").update()).isEqualTo("http://localhost:3030/ds/update");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** A server on a free loopback port that answers every request with {@code handler}. */
    private static final class Stub implements AutoCloseable {
        private final HttpServer server;

        Stub(HttpHandler handler) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", handler);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
        }

        SparqlStore store(RemoteAccess access) {
            return storeAt(server.getAddress().getPort(), access, STUB_REQUEST);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
