package io.studygraph.cli;

import io.studygraph.StudyGraph;
import io.studygraph.graph.StoreException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a serving instance's search index in step with writes other instances make to a shared
 * store: every few seconds it compares the store's generation with the index's, and indexes what
 * changed. On an embedded store nobody else writes, and each look is one local read. A store that
 * stops answering is said once in the log, and again when it is back.
 */
final class Follower {
    private static final Logger LOG = LoggerFactory.getLogger(Follower.class);

    private Follower() {}

    static ScheduledExecutorService start(StudyGraph sg, Duration every) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "studygraph-follower");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean down = new AtomicBoolean();
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (sg.follow()) LOG.info("Indexed what other writers of the store wrote");
                if (down.getAndSet(false)) LOG.info("The store answers again");
            } catch (StoreException e) {
                if (!down.getAndSet(true)) LOG.warn("Cannot follow the store: {}", e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Following the store failed", e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return timer;
    }
}
