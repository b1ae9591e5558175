package org.duidu.site;

import java.io.IOException;
import org.duidu.diag.Rethrow;

/**
 * A stage run on a thread of its own while the build goes on with another that shares nothing with
 * it (the search files beside the list pages): the build waits for it before it uses its output, and
 * gets its failure then, as if it had run in line.
 */
final class SideStage {
    /** The stage's work. */
    interface Work {
        void run() throws IOException;
    }

    private final Thread thread;
    private volatile Throwable failure;
    private volatile long millis;

    private SideStage(String name, Work work) {
        this.thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                work.run();
            } catch (Throwable t) { // handed to the build's own thread by await, which reports it
                failure = t;
            } finally {
                millis = (System.nanoTime() - start) / 1_000_000;
            }
        }, name);
        thread.setDaemon(true); // a build that fails elsewhere never waits for it to exit the JVM
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    static SideStage start(String name, Work work) {
        SideStage stage = new SideStage(name, work);
        stage.thread.start();
        return stage;
    }

    /** Waits for the stage to end and throws what it threw. */
    void await() throws IOException {
        join();
        Rethrow.ifFailed(failure);
    }

    /** Waits for the stage to end, its failure left unsaid: the build is failing already for another reason. */
    void awaitQuietly() {
        join();
    }

    /** How long the stage took, once it has ended. */
    long millis() {
        return millis;
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the stage writes into the generation being built: it must end before the build does
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
