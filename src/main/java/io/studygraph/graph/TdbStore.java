package io.studygraph.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** The embedded store: a TDB2 database on disk, or in memory for tests and tools. */
public final class TdbStore implements Store {

    /** Below this many incoming triples a replacement always writes its difference in place. */
    public static final long BULK_MINIMUM = 100_000;

    /** The database's directory; null in memory, where there is nothing to swap. */
    private final Path location;
    private final long bulkMinimum;
    /**
     * Every use of {@link #dataset} holds the read side; a bulk replacement takes the write side
     * only to swap in the database it built, so readers and writers never see a closed dataset.
     */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    /** Property functions registered, so the dataset swapped in gets them too. */
    private final Map<String, PropertyFunctionFactory> functions = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Dataset dataset;
    /** Runs after a bulk replacement has built its database and before it swaps it in: tests fail here. */
    Runnable beforeSwap = () -> {};

    private TdbStore(Dataset dataset, Path location, long bulkMinimum) {
        this.dataset = dataset;
        this.location = location;
        this.bulkMinimum = bulkMinimum;
    }

    /** Opens (creating if needed) the TDB2 database in {@code dir}. */
    public static TdbStore open(Path dir) {
        return open(dir, BULK_MINIMUM);
    }

    /**
     * {@link #open(Path)}; a replacement of at least {@code bulkMinimum} triples, and at least as
     * many as the store holds, builds a new database with the bulk loader and swaps it in.
     */
    public static TdbStore open(Path dir, long bulkMinimum) {
        try {
            return new TdbStore(connect(dir), dir, bulkMinimum);
        } catch (RuntimeException e) {
            if (heldByAnotherProcess(e)) throw new StoreLockedException("Another process holds the TDB2 database in " + dir, e);
            throw new StoreException("Cannot open the TDB2 database in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * TDB2 says "Failed to get a lock ... held by process N" in a general DBOpEnvException (or
     * AlreadyLocked): the message is the only sign that the cause is another process, not damage.
     */
    private static boolean heldByAnotherProcess(RuntimeException e) {
        return e instanceof org.apache.jena.dboe.base.file.AlreadyLocked
                || (e instanceof org.apache.jena.dboe.DBOpEnvException && e.getMessage() != null && e.getMessage().contains("get a lock"));
    }

    private static Dataset connect(Path dir) {
        return TDB2Factory.connectDataset(dir.toString());
    }

    /** An in-memory TDB2 database with the same transactional behaviour. */
    public static TdbStore inMemory() {
        return new TdbStore(TDB2Factory.createDataset(), null, Long.MAX_VALUE);
    }

    /** A read transaction on the dataset, which no bulk replacement swaps out meanwhile. */
    private <T> T inRead(java.util.function.Supplier<T> reads) {
        return guarded(() -> Txn.calculateRead(dataset, reads));
    }

    /** A write transaction on the dataset, which no bulk replacement swaps out meanwhile. */
    private void inWrite(Runnable writes) {
        guarded(() -> {
            Txn.executeWrite(dataset, writes);
            return null;
        });
    }

    /** Runs {@code use} with the dataset, which no bulk replacement swaps out meanwhile. */
    private <T> T guarded(java.util.function.Supplier<T> use) {
        swap.readLock().lock();
        try {
            return use.get();
        } finally {
            swap.readLock().unlock();
        }
    }

    @Override
    public <T> T query(Query query, Map<String, Node> bindings, Duration timeout, Function<QueryExecution, T> reader) {
        return guarded(() -> Txn.calculateRead(dataset, () -> {
            // The union default graph is an execution setting in TDB2, not a dataset one.
            // ... unless the query names its own dataset (FROM, FROM NAMED): then that one counts.
            var builder = QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, !query.hasDatasetDescription())
                    // Nothing leaves: no SERVICE call, whatever syntax reaches the engine. The
                    // registry's only executor refuses, so not even a custom one is asked; the flag
                    // also stops Jena's HTTP executor, should anyone put it back.
                    .set(ARQ.httpServiceAllowed, false)
                    .set(ARQConstants.registryServiceExecutors, new ServiceExecutorRegistry().add(TdbStore::refuseService));
            if (timeout != null) builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!bindings.isEmpty()) {
                BindingBuilder values = BindingFactory.builder();
                bindings.forEach((name, node) -> values.add(Var.alloc(name), node));
                builder.substitution(values.build());
            }
            try (QueryExecution qe = builder.build()) {
                return reader.apply(qe);
            }
        }));
    }

    @Override
    public <T> T read(java.util.function.Supplier<T> reads) {
        // Txn joins a transaction the thread already has, so each query inside reads this one.
        return inRead(reads);
    }

    @Override
    public <T> T write(java.util.function.Supplier<T> writes) {
        // As for read: replaceGraphs and every query inside join this transaction.
        return guarded(() -> Txn.calculateWrite(dataset, writes));
    }

    private static QueryIterator refuseService(OpService op, OpService original, Binding binding, ExecutionContext cxt) {
        throw new QueryExecException("SERVICE is not allowed: this store never fetches other endpoints (" + op.getService() + ")");
    }

    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        replaceGraphs(graphs, written -> {});
    }

    /**
     * A replacement that brings at least as many triples as the store holds (a first large import)
     * builds a new database with the bulk loader and swaps it in ({@link BulkSwap}). Any other
     * writes only what changed: a source imported again mostly says what it said before, and a
     * TDB2 write costs an insert into each of its indexes, while a lookup costs one read.
     */
    @Override
    public void replaceGraphs(Map<String, Model> graphs, java.util.function.LongConsumer written) {
        Map<String, Model> canonical = CanonicalLiterals.of(graphs);
        if (bulkFits(canonical) && new BulkSwap(this).replace(canonical, written)) return;
        inWrite(() -> writeDifference(canonical, written));
    }

    /**
     * Not inside a transaction of this thread (a bulk load is its own; the caller's would not see
     * it, nor could it wait for its own read lock to go), large, and at least the store's size.
     */
    private boolean bulkFits(Map<String, Model> graphs) {
        if (location == null || swap.getReadHoldCount() > 0) return false;
        long incoming = graphs.values().stream().mapToLong(Model::size).sum();
        return incoming >= bulkMinimum && incoming >= size();
    }

    private void writeDifference(Map<String, Model> graphs, java.util.function.LongConsumer written) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        long total = StoreState.count(dsg);
        long n = 0;
        for (Map.Entry<String, Model> e : graphs.entrySet()) {
            Node g = NodeFactory.createURI(e.getKey());
            org.apache.jena.graph.Graph incoming = e.getValue().getGraph();
            boolean had = dsg.contains(g, Node.ANY, Node.ANY, Node.ANY);
            long before = 0;
            if (had) {
                java.util.List<org.apache.jena.sparql.core.Quad> stale = new java.util.ArrayList<>();
                for (var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                    org.apache.jena.sparql.core.Quad q = it.next();
                    before++;
                    if (!incoming.contains(q.asTriple())) stale.add(q);
                }
                stale.forEach(dsg::delete);
            }
            // Whatever it held, the graph now holds exactly the incoming triples.
            total += incoming.size() - before;
            for (var it = incoming.find(); it.hasNext(); ) {
                org.apache.jena.graph.Triple t = it.next();
                if (!had || !dsg.contains(g, t.getSubject(), t.getPredicate(), t.getObject())) {
                    dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                }
                if (++n % 8192 == 0) written.accept(n);
            }
        }
        written.accept(n);
        StoreState.setCount(dsg, total);
        bumpGeneration();
    }

    @Override
    public void update(String graphName, java.util.Collection<org.apache.jena.graph.Triple> remove,
            java.util.Collection<org.apache.jena.graph.Triple> add) {
        Node g = NodeFactory.createURI(graphName);
        inWrite(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long total = StoreState.count(dsg);
            // Canonical as replaceGraphs writes them: "1.500" removes the "1.5" stored, as on every store.
            for (var t : remove.stream().map(CanonicalLiterals::of).toList()) {
                if (dsg.contains(g, t.getSubject(), t.getPredicate(), t.getObject())) {
                    dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
                    total--;
                }
            }
            for (var t : add.stream().map(CanonicalLiterals::of).toList()) {
                if (!dsg.contains(g, t.getSubject(), t.getPredicate(), t.getObject())) {
                    dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                    total++;
                }
            }
            StoreState.setCount(dsg, total);
            bumpGeneration();
        });
    }

    @Override
    public void removeGraphs(Set<String> graphNames) {
        inWrite(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long total = StoreState.count(dsg);
            for (String name : graphNames) {
                Node g = NodeFactory.createURI(name);
                for (var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) total--;
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            StoreState.setCount(dsg, total);
            bumpGeneration();
        });
    }

    @Override
    public long generation() {
        return inRead(() -> StoreState.generation(dataset.asDatasetGraph()));
    }


    /** Inside a write transaction: the next generation, written with the change it counts. */
    private void bumpGeneration() {
        StoreState.setGeneration(dataset.asDatasetGraph(), StoreState.generation(dataset.asDatasetGraph()) + 1);
    }


    @Override
    public Model graph(String graphName) {
        return inRead(() -> {
            Model copy = ModelFactory.createDefaultModel();
            if (dataset.containsNamedModel(graphName)) copy.add(dataset.getNamedModel(graphName));
            return copy;
        });
    }

    @Override
    public Set<String> graphNames() {
        return inRead(() -> {
            Set<String> names = new LinkedHashSet<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                if (!n.equals(StoreState.GRAPH)) names.add(n.getURI());
            });
            return names;
        });
    }

    /** Read from the count each write keeps: counting a million quads took seconds, on every {@code /health}. */
    @Override
    public long size() {
        return inRead(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            return dsg.getDefaultGraph().size() + StoreState.count(dsg);
        });
    }



    @Override
    public boolean isEmpty() {
        return inRead(() -> dataset.asDatasetGraph().isEmpty());
    }

    @Override
    public boolean addPropertyFunction(String iri, PropertyFunctionFactory factory) {
        functions.put(iri, factory);
        guarded(() -> {
            register(dataset, Map.of(iri, factory));
            return null;
        });
        return true;
    }

    /** Registered on this dataset's context only: no global (static) registry is touched. */
    private static void register(Dataset dataset, Map<String, PropertyFunctionFactory> functions) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.chooseRegistry(dataset.getContext()));
        functions.forEach(registry::put);
        PropertyFunctionRegistry.set(dataset.getContext(), registry);
    }

    // -- What BulkSwap needs: the live dataset, under its lock.

    Path location() { return location; }
    ReentrantReadWriteLock swapLock() { return swap; }
    Dataset dataset() { return dataset; }

    /**
     * With the swap lock's write side held: closes the dataset, runs {@code replace} on its
     * released files, then opens the directory again, so it serves whatever {@code replace} left.
     */
    void reopenAround(Runnable replace) {
        if (!swap.isWriteLockedByCurrentThread()) throw new IllegalStateException("reopenAround needs the swap lock");
        release(dataset);
        try {
            replace.run();
        } finally {
            dataset = connect(location);
            register(dataset, functions);
        }
    }

    @Override
    public void close() {
        swap.writeLock().lock();
        try {
            release(dataset);
        } finally {
            swap.writeLock().unlock();
        }
    }

    private static void release(Dataset dataset) {
        dataset.close();
        // Release the database's files too (TDB2 keeps a connection per location otherwise), so a
        // first start can move the directory it built into place, and a bulk load swap its own in.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
