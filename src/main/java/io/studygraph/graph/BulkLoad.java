package io.studygraph.graph;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a whole new TDB2 storage area with the phased bulk loader: what a source database holds
 * outside the graphs being replaced, then the incoming graphs. The phased loader fills the primary
 * quad index first and builds the other five from it in passes on their own threads, outside any
 * transaction, instead of one journalled B+tree insert per index per quad; that is safe here
 * because nothing sees the staging area until it is complete and moved into place.
 *
 * <pre>{@code
 * try (BulkLoad load = BulkLoad.into(stagingDir)) {
 *     long n = load.copy(current, replaced) + load.add(incoming, written);
 *     DatasetGraph built = load.finish();
 * }
 * }</pre>
 */
final class BulkLoad implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    /** How often the progress hears of the quads sent, as the diff path tells it. */
    private static final int TICK = 8192;

    private final Location location;
    private final DatasetGraphTDB target;
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean finished;

    private BulkLoad(Location location) {
        this.location = location;
        // The storage area itself, not a switchable container around it: the area is moved as a
        // whole into the live container's directory (as TDB2's compaction moves its copy).
        this.target = StoreConnection.connectCreate(location).getDatasetGraphTDB();
        this.loader = LoaderFactory.phasedLoader(target, (format, args) -> LOG.debug(String.format(format, args)));
        this.stream = loader.stream();
        loader.startBulk();
    }

    /** Starts a bulk load into a new, empty storage area at {@code dir}. */
    static BulkLoad into(Path dir) {
        return new BulkLoad(Location.create(dir));
    }

    /**
     * Sends every quad of {@code source} outside the {@code skipped} graphs, and the default
     * graph's triples, to the new area. Call inside a read transaction on {@code source}.
     * Returns the named graphs' quads sent.
     */
    long copy(DatasetGraph source, Set<Node> skipped) {
        for (var triples = source.getDefaultGraph().find(); triples.hasNext(); ) stream.triple(triples.next());
        long quads = 0;
        for (var graphs = source.listGraphNodes(); graphs.hasNext(); ) {
            Node g = graphs.next();
            if (skipped.contains(g)) continue;
            for (var it = source.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                stream.quad(it.next());
                quads++;
            }
        }
        return quads;
    }

    /** Sends each graph's triples as quads of that graph, telling {@code written} how many; returns the quads sent. */
    long add(Map<Node, Graph> graphs, LongConsumer written) {
        long quads = 0;
        for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
            for (var it = e.getValue().find(); it.hasNext(); ) {
                Triple t = it.next();
                stream.quad(Quad.create(e.getKey(), t));
                if (++quads % TICK == 0) written.accept(quads);
            }
        }
        written.accept(quads);
        return quads;
    }

    /**
     * Builds the secondary indexes and commits. Returns the new area, open for ordinary
     * transactions: the store's own bookkeeping is written there once the count is known.
     */
    DatasetGraph finish() {
        loader.finishBulk();
        finished = true;
        return target;
    }

    /** Releases the area's files, so it can be moved into place or deleted. */
    @Override
    public void close() {
        try {
            // An abandoned load is still run to its end: its pipeline threads wait on their queues
            // until told the data is over. What it wrote is thrown away with the area.
            if (!finished) loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
        } finally {
            StoreConnection.internalExpel(location, true);
        }
    }
}
