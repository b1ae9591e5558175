package org.duidu.cli;

import java.io.PrintWriter;
import org.duidu.diag.DuiduException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code duidu} command: subcommands per DESIGN §6, one error handler, named exit codes. */
@Command(name = "duidu", mixinStandardHelpOptions = true, version = "duidu 0.1.0",
        description = "Build bilingual (zh-Hans / zh-Hant) reading sites from Chinese interview transcripts.",
        subcommands = {BuildCommand.class, CheckCommand.class, SearchCommand.class, IndexCommand.class, ConvertCommand.class, ServeCommand.class, NewCommand.class})
public final class Main {
    private Main() {
    }

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Runs the CLI with the given streams and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    /** The configured command line. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, commandLine.getErr()));
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        return cl;
    }

    /** Turns an exception into a message and an exit code; a stack trace only with DUIDU_DEBUG=1. */
    static int report(Exception ex, PrintWriter err) {
        if (ex instanceof DuiduException d) {
            d.diagnostics().forEach(diag -> err.println(diag.format()));
            err.println("duidu: " + d.getMessage());
            err.flush();
            return ExitCodes.CONTENT;
        }
        err.println("duidu: internal error: " + ex + " (set DUIDU_DEBUG=1 for details; please report it)");
        if (System.getenv("DUIDU_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
