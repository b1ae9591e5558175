package org.duidu.cli;

import java.util.concurrent.Callable;
import org.duidu.diag.Diagnostics;
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
        Diagnostics diagnostics = SiteBuilder.check(site.load());
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
