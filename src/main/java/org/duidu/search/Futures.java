package org.duidu.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work this stage handed to another thread, its failure thrown as if it had run in line. */
final class Futures {
    private Futures() {
    }

    /**
     * The result of {@code work}, or what it threw (as {@link org.duidu.diag.Rethrow#ifFailed} throws it).
     *
     * @param doing what the work does, for the message when the wait is interrupted
     */
    static <T> T get(Future<T> work, String doing) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + doing);
        } catch (ExecutionException e) {
            org.duidu.diag.Rethrow.ifFailed(e.getCause());
            throw new IllegalStateException("failed without a cause", e);
        }
    }

    /** Waits for {@code work} to end, whatever it threw: the caller is failing already. */
    static void awaitQuietly(Future<?> work) {
        boolean interrupted = false;
        while (true) {
            try {
                work.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
