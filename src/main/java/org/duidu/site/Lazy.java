package org.duidu.site;

import java.util.function.Supplier;

/**
 * A value made on first use, once, by whichever thread asks first (the others wait): a build that
 * reads no seed never loads the dictionaries it would have needed. Remembers how long making it took.
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T value;
    private long millis = -1;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            long start = System.nanoTime();
            value = make.get();
            millis = (System.nanoTime() - start) / 1_000_000;
        }
        return value;
    }

    /** How long making the value took, or -1 when it was never needed. */
    synchronized long millis() {
        return millis;
    }
}
