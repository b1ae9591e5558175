package org.duidu.search;

/**
 * A map from {@code long} keys (terms as {@link TokenCursor#termKey} numbers) to values, by open
 * addressing with linear probing: the static index's term maps take every token of a build, and a
 * {@code HashMap<Long, …>} boxed a key for each and walked a node per lookup. No removal; not
 * thread-safe.
 *
 * @param <V> the values (never null)
 */
final class LongMap<V> {
    /** Receives an entry. */
    interface EntryConsumer<V> {
        void accept(long key, V value);
    }

    private long[] keys;
    private Object[] values;
    private int size;

    LongMap() {
        this(16);
    }

    /** A map sized for about {@code expected} entries before it grows. */
    LongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new Object[capacity];
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); values[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** Sets the value of {@code key}. */
    void put(long key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("no null values");
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (values[slot] != null) {
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    /** Every entry, in no particular order. */
    @SuppressWarnings("unchecked")
    void forEach(EntryConsumer<V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                action.accept(keys[i], (V) values[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int slot = slot(oldKeys[i], mask);
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** A key's first slot: Fibonacci hashing, its high bits (term numbers differ mostly in their low bits). */
    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}
