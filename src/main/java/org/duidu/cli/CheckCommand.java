package org.duidu.cli;

import java.util.concurrent.Callable;
import java.util.List;
import org.duidu.diag.Diagnostic;
import org.duidu.diag.Diagnostics;
import org.duidu.diag.DuiduException;
import org.duidu.diag.FileFailure;
import org.duidu.diag.Severity;
import org.duidu.model.SourceSpan;
import org.duidu.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code duidu check}: validates the seeds and prints diagnostics; builds nothing. */
@Command(name = "check", description = "Validate the seeds and print diagnostics; build nothing.", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--json", description = "print diagnostics as JSON")
    boolean json;

    @Option(names = "--strict", description = "exit 1 on warnings too")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Diagnostics diagnostics;
        try {
            diagnostics = SiteBuilder.check(site.load());
        } catch (DuiduException e) {
            if (!json) {
                throw e;
            }
            // --json promises JSON on stdout, even when the site cannot be read at all
            List<Diagnostic> found = e.diagnostics().isEmpty()
                    ? List.of(new Diagnostic(Severity.ERROR, "site", SourceSpan.wholeFile(String.valueOf(site.site)), e.getMessage()))
                    : e.diagnostics();
            DiagnosticPrinter.json(found, spec.commandLine().getOut());
            return ExitCodes.CONTENT;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (!json) {
                throw e;
            }
            // an internal error too: --json still prints JSON, and the exit code says it is a bug
            String file = e instanceof FileFailure f ? f.file() : String.valueOf(site.site);
            DiagnosticPrinter.json(List.of(new Diagnostic(Severity.ERROR, "internal", SourceSpan.wholeFile(file),
                    Main.internalMessage(e))), spec.commandLine().getOut());
            return ExitCodes.INTERNAL;
        }
        if (json) {
            DiagnosticPrinter.json(diagnostics.all(), spec.commandLine().getOut());
        } else {
            DiagnosticPrinter.text(diagnostics.all(), spec.commandLine().getOut());
            spec.commandLine().getErr().printf("%d error(s), %d warning(s)%n", diagnostics.errorCount(), diagnostics.warningCount());
            spec.commandLine().getErr().flush();
        }
        boolean failed = diagnostics.hasErrors() || (strict && diagnostics.warningCount() > 0);
        return failed ? ExitCodes.CONTENT : ExitCodes.OK;
    }
}
