package io.studygraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Per-entity values the views derive from the store (display refs, importance), kept for one
 * store generation: they change only with a write, and a view asks for the same hubs again and
 * again (a concept's label, a much-cited paper's importance). Each kind of value is held in a
 * bounded map that drops its least recently used entry, so memory stays the same at any size.
 */
final class ViewCache {
    /** Entries per kind of value: about 15 MB of refs and 10 MB of counts at most. */
    static final int CAPACITY = 65_536;

    /** The values of one generation; a reader of an older state gets one that keeps nothing. */
    static final class Generation {
        private final long number;
        private final Map<String, EntityView.Ref> refs;
        private final Map<String, Integer> importance;

        private Generation(long number, int capacity) {
            this.number = number;
            this.refs = lru(capacity);
            this.importance = lru(capacity);
        }

        EntityView.Ref ref(String iri, Function<String, EntityView.Ref> read) {
            return get(refs, iri, read);
        }

        /** The cached importance, or null: a count is kept only once it is exact up to the cap. */
        Integer importance(String iri) {
            synchronized (importance) {
                return importance.get(iri);
            }
        }

        void importance(String iri, int value) {
            synchronized (importance) {
                importance.put(iri, value);
            }
        }

        private static <V> V get(Map<String, V> map, String key, Function<String, V> read) {
            synchronized (map) {
                V v = map.get(key);
                if (v != null) return v;
            }
            // Read outside the lock: two readers of one key both read it, and neither waits.
            V v = read.apply(key);
            synchronized (map) {
                map.put(key, v);
            }
            return v;
        }

        private static <V> Map<String, V> lru(int capacity) {
            return new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                    return size() > capacity;
                }
            };
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
