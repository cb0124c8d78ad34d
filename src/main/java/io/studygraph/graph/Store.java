package io.studygraph.graph;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;

/**
 * Where the graph lives. Queries see the union of all named graphs; writes replace whole named
 * graphs, one per source, atomically. The interface speaks SPARQL and models only, so an embedded
 * TDB2 dataset and a remote SPARQL server can both stand behind it.
 *
 * <pre>{@code
 * try (Store store = TdbStore.open(dir)) {
 *     store.replaceGraphs(Map.of("https://w3id.org/studygraph/source/list.md", model));
 *     long n = store.query(QueryFactory.create("SELECT * {?s ?p ?o}"), qe -> count(qe.execSelect()));
 * }
 * }</pre>
 */
public interface Store extends AutoCloseable {

    /**
     * Runs a read-only query against the union of all graphs. The execution is valid only inside
     * {@code reader}; results must be consumed or copied there. Each binding replaces a variable of
     * the query by a node before execution: user input enters queries only this way. A non-null
     * {@code timeout} stops the execution, which then throws {@code QueryCancelledException}.
     */
    <T> T query(Query query, Map<String, Node> bindings, Duration timeout, Function<QueryExecution, T> reader);

    /** {@link #query(Query, Map, Duration, Function)} without a time limit. */
    default <T> T query(Query query, Map<String, Node> bindings, Function<QueryExecution, T> reader) {
        return query(query, bindings, null, reader);
    }

    /** {@link #query(Query, Map, Duration, Function)} without bindings or a time limit. */
    default <T> T query(Query query, Function<QueryExecution, T> reader) {
        return query(query, Map.of(), null, reader);
    }

    /**
     * Runs {@code reads} in one read transaction, so every query inside sees the same committed
     * state: a view built from several queries never mixes the store before and after a write.
     */
    <T> T read(java.util.function.Supplier<T> reads);

    /**
     * Runs {@code writes} in one write transaction: every write inside lands, or none does, even
     * if the process dies half-way; reads inside see the writes made before them.
     */
    <T> T write(java.util.function.Supplier<T> writes);

    /** Replaces each named graph by the given model, all in one transaction. */
    void replaceGraphs(Map<String, Model> graphs);

    /**
     * {@link #replaceGraphs(Map)}, telling {@code written} how many triples it has written so far,
     * for a progress bar on a large import.
     */
    default void replaceGraphs(Map<String, Model> graphs, java.util.function.LongConsumer written) {
        replaceGraphs(graphs);
        written.accept(graphs.values().stream().mapToLong(Model::size).sum());
    }

    /**
     * A number that changes with every write, committed with it: whatever derives from the store
     * (the search index) records the generation it reflects, and knows it is stale when it differs.
     */
    long generation();

    /**
     * The named graphs written after generation {@code since} (a generation this store gave), where
     * the store keeps that record: a second StudyGraph on a shared store follows its writes with
     * it. Empty when the store cannot say, and then anything may have changed. A store with one
     * writer, as an embedded TDB2 dataset is, has nothing to tell.
     */
    default java.util.Optional<Set<String>> changedSince(long since) {
        return java.util.Optional.empty();
    }

    /**
     * Removes then adds triples in one named graph, in one transaction: the small writes of study
     * data (a note, a progress mark), which must not replace a whole graph each time. Removing a
     * triple that is absent, or adding one that is present, is not an error.
     */
    void update(String graphName, java.util.Collection<org.apache.jena.graph.Triple> remove,
            java.util.Collection<org.apache.jena.graph.Triple> add);

    /** Removes named graphs, in one transaction. */
    void removeGraphs(Set<String> graphNames);

    /** A copy of one named graph; empty if absent. */
    Model graph(String graphName);

    /** The names of the named graphs. */
    Set<String> graphNames();

    /** Triples in all named graphs (a triple in two graphs counts twice). */
    long size();

    boolean isEmpty();

    /**
     * Makes a property function available to queries on this store, e.g. {@code sg:search}.
     * Returns false when the store cannot run local code in queries (a remote store).
     */
    boolean addPropertyFunction(String iri, PropertyFunctionFactory factory);

    @Override
    void close();
}
