package io.studygraph.search;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds documents to the index on a thread of its own while the caller gathers the next ones: a
 * rebuild's two halves, reading the graph and analysing text for Lucene, then use both cores. A
 * short queue between them keeps memory bounded: a document waits, not the whole index's worth.
 *
 * <pre>{@code
 * try (DocumentSink sink = new DocumentSink(writer, progress, () -> expected)) {
 *     source.all(sink);
 *     sink.finish();
 * }
 * }</pre>
 */
final class DocumentSink implements Consumer<EntityDocument>, AutoCloseable {
    /** Enough to ride out a slow document on either side, small enough to hold no more than a few MB. */
    private static final int QUEUE = 1024;
    private static final EntityDocument END = EntityDocument.note("urn:end", "", "", "", "", java.util.List.of());

    private final BlockingQueue<EntityDocument> queue = new ArrayBlockingQueue<>(QUEUE);
    private final IndexWriter writer;
    private final SearchIndex.Progress indexed;
    private final LongSupplier expected;
    private final Thread worker;
    private volatile Throwable failure;
    private volatile long added;
    private boolean ended;

    DocumentSink(IndexWriter writer, SearchIndex.Progress indexed, LongSupplier expected) {
        this.writer = writer;
        this.indexed = indexed;
        this.expected = expected;
        this.worker = new Thread(this::drain, "studygraph-indexer");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void accept(EntityDocument doc) {
        try {
            while (!queue.offer(doc, 100, TimeUnit.MILLISECONDS)) rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("Interrupted while indexing", e);
        }
        rethrow();
    }

    private void drain() {
        try {
            for (EntityDocument doc = queue.take(); doc != END; doc = queue.take()) {
                writer.addDocument(Documents.toLucene(doc));
                if (++added % 4096 == 0) indexed.at(added, Math.max(added, expected.getAsLong()));
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = e;
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every document sent is in the writer; returns how many there were. */
    long finish() {
        end();
        rethrow();
        indexed.at(added, added);
        return added;
    }

    private void end() {
        if (ended) return;
        ended = true;
        try {
            // The worker may have stopped on a failure and no longer take: then it is not waited for.
            while (worker.isAlive() && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) { }
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("Interrupted while indexing", e);
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f != null) throw new SearchException("Cannot add a document to the search index: " + f.getMessage(), f);
    }

    /** Stops the worker, whether or not every document was sent (a failed rebuild). */
    @Override
    public void close() {
        end();
    }
}
