package io.studygraph.sparql;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Who may run now. Two lanes of {@code maxConcurrent} slots each: one for queries that are cheap
 * by shape ({@link QueryShape#cheap()}), one for the rest, so heavy queries holding every slot
 * for their whole time limit cannot starve an {@code ASK {}} or a lookup of one entity. A query
 * that finds its lane full waits a short, bounded time (a quarter of the time limit, at most
 * {@link #MAX_WAIT}) for a slot, then is turned away with {@link SparqlBusyException}. The wait
 * counts against the query's time limit: the limit runs from admission, not from the slot.
 *
 * <p>Both lanes are fair (first come, first served), and a query misjudged as cheap still has the
 * same time limit, so at worst twice {@code maxConcurrent} queries run at once.
 */
final class Admission {
    static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final Semaphore heavy;
    private final Semaphore cheap;
    private final int slots;
    private final Duration timeout;
    private final Duration maxWait;

    Admission(int slots, Duration timeout) {
        this.slots = slots;
        this.timeout = timeout;
        this.heavy = new Semaphore(slots, true);
        this.cheap = new Semaphore(slots, true);
        Duration quarter = timeout.dividedBy(4);
        this.maxWait = quarter.compareTo(MAX_WAIT) < 0 ? quarter : MAX_WAIT;
    }

    /** A held slot and the time the query has left to run; closing it frees the slot. */
    final class Slot implements AutoCloseable {
        private final Semaphore lane;
        private final long deadline;

        private Slot(Semaphore lane, long deadline) {
            this.lane = lane;
            this.deadline = deadline;
        }

        /** What is left of the time limit, counted from admission. */
        Duration remaining() {
            return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
        }

        @Override public void close() {
            lane.release();
        }
    }

    /** Waits (boundedly) for a slot in the lane that fits the query's shape. */
    Slot admit(QueryShape shape) {
        long admitted = System.nanoTime();
        Semaphore lane = shape.cheap() ? cheap : heavy;
        try {
            if (!lane.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SparqlBusyException("Too many " + (shape.cheap() ? "queries" : "heavy queries") + " are running (at most "
                        + slots + "; waited " + maxWait.toMillis() + " ms for a slot); try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparqlBusyException("Interrupted while waiting to run the query");
        }
        return new Slot(lane, admitted + timeout.toNanos());
    }
}
