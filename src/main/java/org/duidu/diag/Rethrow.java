package org.duidu.diag;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A failure that happened on another thread (a pool's worker, a stage run beside another), thrown on
 * the waiting thread as what it is, so the build reports it as if the work had run in line.
 */
public final class Rethrow {
    private Rethrow() {
    }

    /**
     * Throws {@code failure} as what it is: an {@link IOException} or an {@link UncheckedIOException}'s
     * cause as an IOException, a runtime exception or an error as itself, anything else wrapped in
     * an {@link IllegalStateException}. Nothing for null.
     */
    public static void ifFailed(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }
}
