package org.duidu.diag;

import java.util.List;

/**
 * A failure the user can act on (unreadable file, bad configuration, content errors). The CLI
 * prints its diagnostics or message and exits 1, never a stack trace.
 */
public final class DuiduException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    /** A failure described by a message only. */
    public DuiduException(String message) {
        this(message, List.of(), null);
    }

    /** A failure with a cause kept for debugging (shown only with {@code --verbose}). */
    public DuiduException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    /** A failure made of content diagnostics. */
    public DuiduException(String message, List<Diagnostic> diagnostics) {
        this(message, diagnostics, null);
    }

    private DuiduException(String message, List<Diagnostic> diagnostics, Throwable cause) {
        super(message, cause);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The diagnostics that caused the failure (may be empty). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
