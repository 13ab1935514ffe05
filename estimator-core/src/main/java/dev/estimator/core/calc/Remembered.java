package dev.estimator.core.calc;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Values remembered by key instance, over an optional earlier memory that is only read: the
 * alternatives of an estimate are priced on two threads, each remembering its own items on top of
 * what the baseline's pricing remembered (which no thread changes any more).
 */
final class Remembered<K, V> {

    private final Map<K, V> own = new IdentityHashMap<>();
    private Remembered<K, V> earlier;

    Remembered() {
        this(null);
    }

    /** A memory that reads {@code earlier} (never changing it) below its own values. */
    Remembered(Remembered<K, V> earlier) {
        this.earlier = earlier;
    }

    V get(K key) {
        V value = own.get(key);
        return value != null || earlier == null ? value : earlier.get(key);
    }

    void put(K key, V value) {
        own.put(key, value);
    }

    /** How many values it holds, the earlier memory's included. */
    int size() {
        return own.size() + (earlier == null ? 0 : earlier.size());
    }

    /** Forgets everything, the earlier memory included (which stays as it was for whoever else reads it). */
    void clear() {
        own.clear();
        earlier = null;
    }
}
