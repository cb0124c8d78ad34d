package io.studygraph.graph;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTPBuilder;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * A store on a remote SPARQL 1.1 server (Fuseki, or any server speaking the same Query and Update
 * protocols), so several StudyGraph instances can share one graph. Only standard requests go over
 * the wire. Opening sends nothing; every call is one or a few HTTP requests, each bounded by the
 * {@link RemoteAccess} timeouts (up to the answer's headers: a body that stalls half-way is not,
 * see docs/architecture.md), and every failure of the server is a {@link StoreUnavailableException}.
 *
 * <pre>{@code
 * Store store = new SparqlStore(SparqlEndpoints.fuseki("http://localhost:3030/studygraph"), RemoteAccess.basic(user, password));
 * }</pre>
 *
 * <p><b>Union.</b> A plain server's default graph is its own, not the union of the named graphs.
 * By default each query gets the graph names as {@code FROM} and {@code FROM NAMED} (portable; the
 * names are cached by generation, so a query costs a generation check and itself). Measured on
 * Fuseki 5.6.0 over TDB2 and in-memory datasets, the contract suite passes both that way and with
 * {@link SparqlEndpoints#withUnionGraph} naming {@code urn:x-arq:UnionGraph} (one request per
 * query): use the latter on Jena servers. A query that names its own dataset is sent as it is.
 *
 * <p><b>Generation.</b> Kept in the store's state graph (hidden from {@link #graphNames()}, as on
 * {@link TdbStore}), bumped by an operation at the end of every update request, so instances on one
 * server see each other's writes.
 *
 * <p><b>Writes.</b> No transaction spans requests. {@link #write} buffers the writes made inside
 * and sends them as one update request at the end, which the server runs atomically: a write
 * whose supplier throws sends nothing. So that reads inside a write see the writes before them
 * (the bundle load, an import's settling, a source's removal rely on it), a read inside a write
 * first sends what is buffered: each part is then atomic on its own, and a supplier that throws
 * after such a read leaves the parts already sent. Writes of this instance are serialised; those
 * of two instances interleave per request. An update that times out may still have been applied.
 *
 * <p><b>Reads.</b> {@link #read} checks the generation before and after; when a write came
 * between, it runs the reads again (up to three times), so a view of several queries reflects one
 * state unless writes keep arriving.
 *
 * <p><b>Blank nodes</b> are stored as skolem IRIs and read back as blank nodes ({@link Skolem}):
 * a server names a blank node afresh in each answer, and the author lists of blank nodes are
 * walked cell by cell and moved to variants. {@code sg:search} cannot run remotely.
 */
public final class SparqlStore implements Store {
    private static final Query GENERATION = Sparql.parse("SELECT ?n WHERE { GRAPH ?state { ?store ?generation ?n } }");
    private static final Query CHANGES = Sparql.parse(
            "SELECT ?n ?g WHERE { GRAPH ?state { ?change ?generation ?n OPTIONAL { ?change ?wrote ?g } FILTER (?change != ?store) } }");
    private static final Query GRAPH_NAMES = Sparql.parse("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }");
    private static final Query COUNT = Sparql.parse(
            "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } FILTER (?g != ?state) } UNION { ?s ?p ?o } }");
    private static final Query ANYTHING = Sparql.parse("ASK { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }");
    private static final Query GRAPH = Sparql.parse("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final int READ_ATTEMPTS = 3;

    private final SparqlEndpoints endpoints;
    private final RemoteAccess access;
    private final HttpClient http;
    /** One writer of this instance at a time, as on TDB2: a read-then-write does not race its own kind. */
    private final ReentrantLock writer = new ReentrantLock();
    /** The writes of this thread's {@link #write} not yet sent; absent outside a write. */
    private final ThreadLocal<RemoteWrites> writing = new ThreadLocal<>();
    /** The generation this thread's {@link #read} began at; absent outside a read. */
    private final ThreadLocal<Long> pinned = new ThreadLocal<>();
    /** The graph names for {@code FROM}, as of a generation. */
    private volatile GraphNames names = new GraphNames(-1, List.of());

    private record GraphNames(long generation, List<String> uris) {}

    public SparqlStore(SparqlEndpoints endpoints, RemoteAccess access) {
        this.endpoints = endpoints;
        this.access = access;
        this.http = HttpClient.newBuilder().connectTimeout(access.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public SparqlEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public <T> T query(Query query, Map<String, Node> bindings, Duration timeout, Function<QueryExecution, T> reader) {
        bindings.values().forEach(SparqlStore::sent);
        sendPending();
        Query sent = query.hasDatasetDescription() ? query
                : endpoints.unionGraph() != null ? UnionView.through(query, endpoints.unionGraph())
                : UnionView.listing(query, unionGraphs(timeout));
        return send(sent, bindings, timeout, reader);
    }

    /** Sends a query as it is, against the server's own dataset. */
    private <T> T send(Query query, Map<String, Node> bindings, Duration timeout, Function<QueryExecution, T> reader) {
        boolean callers = timeout != null && timeout.compareTo(access.requestTimeout()) < 0;
        Duration limit = callers ? timeout : access.requestTimeout();
        QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.service(endpoints.query()).query(Skolem.rewrite(query)).httpClient(http)
                .timeout(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (access.authorization() != null) builder.httpHeader("Authorization", access.authorization());
        bindings.forEach((name, node) -> builder.substitution(name, sent(node)));
        try (QueryExecution qe = new RemoteExecution(builder.build())) {
            return reader.apply(qe);
        } catch (RuntimeException e) {
            StoreUnavailableException failure = RemoteErrors.translate(e, endpoints.query());
            if (failure == null) throw e;
            // The caller's own limit ran out, not the store's: the same answer as on TDB2.
            if (failure.reason() == StoreUnavailableException.Reason.TIMEOUT && callers) throw new QueryCancelledException();
            throw failure;
        }
    }

    /** A bound node as the server knows it; refused before anything is sent when no request could carry it. */
    private static Node sent(Node node) {
        return RemoteWrites.sendable(Skolem.out(node));
    }

    /**
     * Every graph (the state graph too, as on TDB2's union), as of the generation this read is
     * pinned to; asked within the caller's {@code timeout}, which covers the whole query.
     */
    private List<String> unionGraphs(Duration timeout) {
        Long at = pinned.get();
        long generation = at != null ? at : generation(timeout);
        GraphNames known = names;
        if (known.generation() == generation) return known.uris();
        List<String> uris = new ArrayList<>();
        send(GRAPH_NAMES, Map.of(), timeout, qe -> {
            qe.execSelect().forEachRemaining(row -> uris.add(row.getResource("g").getURI()));
            return null;
        });
        names = new GraphNames(generation, List.copyOf(uris));
        return uris;
    }

    @Override
    public <T> T read(Supplier<T> reads) {
        if (writing.get() != null || pinned.get() != null) return reads.get();
        for (int attempt = 1; ; attempt++) {
            long before = generation();
            T result;
            pinned.set(before);
            try {
                result = reads.get();
            } finally {
                pinned.remove();
            }
            if (attempt == READ_ATTEMPTS || generation() == before) return result;
        }
    }

    @Override
    public <T> T write(Supplier<T> writes) {
        if (writing.get() != null) return writes.get();
        writer.lock();
        RemoteWrites buffer = new RemoteWrites();
        writing.set(buffer);
        // A write inside a read reads past the generation the read was pinned to: its own writes.
        Long readAt = pinned.get();
        pinned.remove();
        try {
            T result = writes.get();
            if (!buffer.isEmpty()) sendUpdate(buffer.drain());
            return result;
        } finally {
            buffer.discard();
            writing.remove();
            if (readAt != null) pinned.set(readAt);
            writer.unlock();
        }
    }

    /** Inside a write: sends what it buffered, so the read about to run sees it. */
    private void sendPending() {
        RemoteWrites buffer = writing.get();
        if (buffer != null && !buffer.isEmpty()) sendUpdate(buffer.drain());
    }

    private void sendUpdate(UpdateRequest request) {
        UpdateExecutionHTTPBuilder builder = UpdateExecutionHTTP.service(endpoints.update()).update(request).httpClient(http)
                .timeout(access.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (access.authorization() != null) builder.httpHeader("Authorization", access.authorization());
        try {
            builder.build().execute();
        } catch (RuntimeException e) {
            StoreUnavailableException failure = RemoteErrors.translate(e, endpoints.update());
            throw failure == null ? e : failure;
        }
    }

    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        write(() -> {
            writing.get().replace(graphs);
            return null;
        });
    }

    @Override
    public void update(String graphName, Collection<Triple> remove, Collection<Triple> add) {
        write(() -> {
            writing.get().update(graphName, remove, add);
            return null;
        });
    }

    @Override
    public void removeGraphs(Set<String> graphNames) {
        write(() -> {
            writing.get().remove(graphNames);
            return null;
        });
    }

    /** Inside a {@link #read}, the generation it is pinned to: what its reads reflect, checked when it ends. */
    @Override
    public long generation() {
        Long at = pinned.get();
        if (at != null) return at;
        sendPending();
        return generation(null);
    }

    private long generation(Duration timeout) {
        List<QuerySolution> rows = new ArrayList<>();
        send(GENERATION, Map.of("state", StoreState.GRAPH, "store", StoreState.STATE, "generation", StoreState.GENERATION), timeout, qe -> {
            qe.execSelect().forEachRemaining(rows::add);
            return null;
        });
        return rows.isEmpty() ? 0L : rows.get(0).getLiteral("n").getLong();
    }

    /**
     * The graphs written after {@code since}, from the change records each write leaves in the state
     * graph ({@link RemoteWrites}); empty when they do not cover every generation since (older than
     * the records kept, or a store that was reset).
     */
    @Override
    public java.util.Optional<Set<String>> changedSince(long since) {
        long now = generation();
        if (now < since) return java.util.Optional.empty();
        Set<Long> generations = new java.util.HashSet<>();
        Set<String> graphs = new LinkedHashSet<>();
        send(CHANGES, Map.of("state", StoreState.GRAPH, "store", StoreState.STATE, "generation", StoreState.GENERATION,
                "wrote", RemoteWrites.WROTE), null, qe -> {
            qe.execSelect().forEachRemaining(row -> {
                long n = row.getLiteral("n").getLong();
                if (n <= since || n > now) return;
                generations.add(n);
                if (row.contains("g") && row.get("g").isURIResource()) graphs.add(row.getResource("g").getURI());
            });
            return null;
        });
        return generations.size() == now - since ? java.util.Optional.of(graphs) : java.util.Optional.empty();
    }

    @Override
    public Model graph(String graphName) {
        sendPending();
        return send(GRAPH, Map.of("g", NodeFactory.createURI(graphName)), null, QueryExecution::execConstruct);
    }

    @Override
    public Set<String> graphNames() {
        sendPending();
        Set<String> out = new LinkedHashSet<>();
        send(GRAPH_NAMES, Map.of(), null, qe -> {
            qe.execSelect().forEachRemaining(row -> {
                String name = row.getResource("g").getURI();
                if (!name.equals(StoreState.GRAPH.getURI())) out.add(name);
            });
            return null;
        });
        return out;
    }

    @Override
    public long size() {
        sendPending();
        return send(COUNT, Map.of("state", StoreState.GRAPH), null, qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    @Override
    public boolean isEmpty() {
        sendPending();
        return !send(ANYTHING, Map.of(), null, QueryExecution::execAsk);
    }

    /** A remote server runs no code of ours: {@code sg:search} stays with the local index. */
    @Override
    public boolean addPropertyFunction(String iri, PropertyFunctionFactory factory) {
        return false;
    }

    /** Nothing to release: the HTTP client's connections close when idle. */
    @Override
    public void close() {}
}
