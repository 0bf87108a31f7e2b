package nl.routewijzer.knowledge.search;

import java.io.IOException;
import java.util.Map;

/**
 * A bounded memo for what the search looks up again and again. The index never changes, so nothing goes
 * stale; the bound is there because users type anything.
 */
final class Remembered {

    private static final int CACHE_LIMIT = 50_000;

    /** What {@link #get} computes: may read the index. */
    interface Lookup<V> {
        V get() throws IOException;
    }

    private Remembered() {
    }

    /**
     * The cached value, or the computed one, kept while the cache has room. Two searches may compute the same
     * value at once: both get the same answer, and no lock is held while the index is read.
     */
    static <K, V> V get(Map<K, V> cache, K key, Lookup<V> lookup) throws IOException {
        V known = cache.get(key);
        if (known != null) {
            return known;
        }
        V value = lookup.get();
        if (cache.size() < CACHE_LIMIT) {
            cache.put(key, value);
        }
        return value;
    }
}
