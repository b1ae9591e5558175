package org.duidu.cli;

import java.io.PrintWriter;
import org.duidu.diag.DuiduException;
import org.duidu.diag.FileFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code duidu} command: subcommands per DESIGN §6, one error handler, named exit codes. */
@Command(name = "duidu", mixinStandardHelpOptions = true, version = "duidu 0.1.0",
        description = "Build bilingual (zh-Hans / zh-Hant) reading sites from Chinese interview transcripts.",
        subcommands = {BuildCommand.class, CheckCommand.class, SearchCommand.class, IndexCommand.class, ConvertCommand.class, ServeCommand.class, NewCommand.class})
public final class Main {
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "on an internal error, print the Java stack trace too")
    boolean verbose;

    private Main() {
    }

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Runs the CLI with the given streams and returns the exit code (for tests). Nothing escapes: a
     * Java {@code Error} (stack overflow, out of memory) is reported like any internal error.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        try {
            return commandLine(main, out, err).execute(args);
        } catch (RuntimeException | Error e) {
            return report(e, err, main.verbose || System.getenv("DUIDU_DEBUG") != null);
        }
    }

    /** The configured command line. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(new Main(), out, err);
    }

    private static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                report(ex, commandLine.getErr(), main.verbose || System.getenv("DUIDU_DEBUG") != null));
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        return cl;
    }

    /**
     * Turns a failure into a message and an exit code: content problems exit 1 with their
     * diagnostics; anything else is an internal error (exit 3) in one line naming the file being
     * processed, with a stack trace only when {@code verbose}.
     */
    static int report(Throwable ex, PrintWriter err, boolean verbose) {
        if (ex instanceof DuiduException d) {
            d.diagnostics().forEach(diag -> err.println(diag.format()));
            err.println("duidu: " + d.getMessage());
            err.flush();
            return ExitCodes.CONTENT;
        }
        err.println("duidu: " + internalMessage(ex) + " (run with --verbose for details; please report it)");
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** One line for an internal error: the file being processed, if known, and what failed. */
    static String internalMessage(Throwable ex) {
        Throwable cause = ex;
        String file = null;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof FileFailure f) {
                file = f.file();
                cause = f.getCause() == null ? f : f.getCause();
                break;
            }
        }
        String what = cause instanceof StackOverflowError ? "ran out of stack (the input nests too deeply)"
                : cause instanceof OutOfMemoryError ? "ran out of memory (give Java more with -Xmx, or split the file)"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return "internal error" + (file == null ? "" : " while processing " + file) + ": " + what;
    }
}
