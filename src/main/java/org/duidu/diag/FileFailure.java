package org.duidu.diag;

/**
 * A failure inside Duidu (a bug, or the JVM running out of stack or memory) while one file was being
 * processed. The command line names the file, exits 3 and shows the cause's trace only with
 * {@code --verbose}.
 */
public final class FileFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;

    /**
     * A failure while processing {@code file}.
     *
     * @param file  the file as the user names it (relative to the site)
     * @param cause what went wrong
     */
    public FileFailure(String file, Throwable cause) {
        super("while processing " + file + ": " + cause, cause);
        this.file = file;
    }

    /** The file being processed. */
    public String file() {
        return file;
    }
}
