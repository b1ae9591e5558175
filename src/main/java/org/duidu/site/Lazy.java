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

    /**
     * Starts making the value on a daemon thread of its own, for a caller that knows it will be wanted
     * soon. A failure there is left for the thread that asks with {@link #get}, which makes it again and
     * reports it.
     */
    void inBackground(String threadName) {
        Thread thread = new Thread(() -> {
            try {
                get();
            } catch (RuntimeException | Error e) {
                // get() on the thread that needs the value tries again and reports the failure
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** How long making the value took, or -1 when it was never needed. */
    synchronized long millis() {
        return millis;
    }
}
