package io.studygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bulk replacement of named graphs in a {@link TdbStore} on disk, laid out as TDB2 lays out a
 * compaction. A TDB2 directory holds storage areas {@code Data-0001}, {@code Data-0002}, … and
 * serves the highest; this builds the next one as {@code Data-NNNN-tmp} (which TDB2 itself deletes
 * when it opens a directory, as an unfinished compaction), from a snapshot of the live store: its
 * quads outside the replaced graphs, the incoming graphs, and the state graph with the next
 * generation and the new count. Then, with the store's swap lock held so no reader or writer is
 * inside the dataset, one rename makes it {@code Data-NNNN} and the store reopens on it.
 * <p>
 * A crash before the rename leaves the old area the highest, so the old store opens intact and
 * the half-built one is deleted; after it, the new store opens. A write that landed on the live
 * store while the new one was built would be lost by the swap: then the new one is thrown away and
 * {@link #replace} says so, for the caller to write its difference instead.
 */
final class BulkSwap {
    private static final Logger LOG = LoggerFactory.getLogger(BulkSwap.class);
    private static final Pattern AREA = Pattern.compile("Data-(\\d+)");

    private final TdbStore store;

    BulkSwap(TdbStore store) {
        this.store = store;
    }

    /** Replaces the graphs; false (nothing changed) when another write came first. */
    boolean replace(Map<String, Model> graphs, LongConsumer written) {
        long start = System.nanoTime();
        Path container = store.location();
        Path current = DatabaseOps.findStorageLocation(container);
        int number = areaNumber(current);
        Path staging = container.resolve(String.format("Data-%04d-tmp", number + 1));
        Path next = container.resolve(String.format("Data-%04d", number + 1));
        try {
            deleteTree(staging);
            long generation = build(staging, graphs, written);
            store.swapLock().writeLock().lock();
            try {
                if (store.generation() != generation) {
                    LOG.info("A write landed while the bulk load was building; writing the difference instead");
                    deleteTree(staging);
                    return false;
                }
                store.beforeSwap.run();
                store.reopenAround(() -> move(staging, next));
                // The old area is no longer served, and nothing opens a lower one again: a failure
                // to delete it costs disk, not the import, which has landed.
                deleteQuietly(current);
            } finally {
                store.swapLock().writeLock().unlock();
            }
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new StoreException("Cannot bulk load into " + staging + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
        LOG.info("Bulk loaded {} graphs into {} in {} ms", graphs.size(), next.getFileName(), (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** Writes the new area from a snapshot of the live store; returns the generation it was built from. */
    private long build(Path staging, Map<String, Model> graphs, LongConsumer written) {
        Map<Node, Graph> incoming = new LinkedHashMap<>();
        graphs.forEach((name, model) -> incoming.put(NodeFactory.createURI(name), model.getGraph()));
        Set<Node> skipped = new HashSet<>(incoming.keySet());
        skipped.add(StoreState.GRAPH);
        return store.read(() -> {
            DatasetGraph live = store.dataset().asDatasetGraph();
            long generation = StoreState.generation(live);
            try (BulkLoad load = BulkLoad.into(staging)) {
                long quads = load.copy(live, skipped) + load.add(incoming, written);
                DatasetGraph built = load.finish();
                Txn.executeWrite(built, () -> {
                    StoreState.setCount(built, quads);
                    StoreState.setGeneration(built, generation + 1);
                });
            }
            return generation;
        });
    }

    private static int areaNumber(Path area) {
        Matcher m = area == null ? null : AREA.matcher(area.getFileName().toString());
        if (m == null || !m.matches()) throw new StoreException("No TDB2 storage area (Data-NNNN) in " + area, null);
        return Integer.parseInt(m.group(1));
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + from + " to " + to, e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot delete {} (an unused TDB2 storage area; safe to delete by hand): {}", dir, e.getMessage());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
