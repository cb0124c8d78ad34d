package io.studygraph.graph;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Per-entity values the views derive from the store (display refs, importance), kept for one
 * store generation: they change only with a write, and a view asks for the same hubs again and
 * again (a concept's label, a much-cited paper's importance). Each kind of value is held in a
 * map of bounded size, so memory stays the same at any size of the store.
 */
final class ViewCache {
    /** Entries per kind of value: about 15 MB of refs and 10 MB of counts at most. */
    static final int CAPACITY = 65_536;

    /** The values of one generation; a reader of an older state gets one that keeps nothing. */
    static final class Generation {
        private final long number;
        private final Bounded<EntityView.Ref> refs;
        private final Bounded<Integer> importance;

        private Generation(long number, int capacity) {
            this.number = number;
            this.refs = new Bounded<>(capacity);
            this.importance = new Bounded<>(capacity);
        }

        EntityView.Ref ref(String iri, Function<String, EntityView.Ref> read) {
            EntityView.Ref kept = refs.get(iri);
            if (kept != null) return kept;
            // Read outside any lock: two readers of one entity both read it, and neither waits.
            EntityView.Ref fresh = read.apply(iri);
            refs.put(iri, fresh);
            return fresh;
        }

        /** Whether the entity's ref is kept. */
        boolean hasRef(String iri) {
            return refs.get(iri) != null;
        }

        /** The cached importance, or null: a count is kept only once it is exact up to the cap. */
        Integer importance(String iri) {
            return importance.get(iri);
        }

        void importance(String iri, int value) {
            importance.put(iri, value);
        }
    }

    /**
     * A map that starts afresh when full: lock-free reads for the many request threads, and the
     * entities still in use come back at once, at less cost than keeping a recency order on every read.
     */
    private static final class Bounded<V> {
        private final int capacity;
        private final ConcurrentHashMap<String, V> map = new ConcurrentHashMap<>();

        Bounded(int capacity) {
            this.capacity = capacity;
        }

        V get(String key) {
            return map.get(key);
        }

        void put(String key, V value) {
            if (capacity == 0) return;
            if (map.size() >= capacity) map.clear();
            map.put(key, value);
        }
    }

    /** Keeps nothing: for readers that need no cache, and for a state older than the newest seen. */
    static final Generation NONE = new Generation(-1, 0);

    private final int capacity;
    private volatile Generation current = new Generation(-1, 0);

    ViewCache() {
        this(CAPACITY);
    }

    ViewCache(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The values of {@code generation}, read inside the transaction whose state they describe: a
     * newer generation starts afresh, an older one (a reader that began before a write) keeps nothing.
     */
    Generation at(long generation) {
        Generation now = current;
        if (now.number == generation) return now;
        if (generation < now.number) return NONE;
        synchronized (this) {
            if (current.number < generation) current = new Generation(generation, capacity);
            return current.number == generation ? current : NONE;
        }
    }
}
