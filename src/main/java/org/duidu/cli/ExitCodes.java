package org.duidu.cli;

/** The process exit codes of DESIGN §6, plus one for bugs. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Content errors: a bad seed, a failed build. */
    public static final int CONTENT = 1;
    /** Usage errors: unknown option, bad value. */
    public static final int USAGE = 2;
    /** An internal error (a bug): reported in one line naming the file, details with --verbose. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
