package org.duidu.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.duidu.config.SiteConfig;
import org.duidu.site.BuildResult;
import org.duidu.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code duidu build}: builds OUT/site and OUT/index. */
@Command(name = "build", description = "Build the site (OUT/site) and its search index (OUT/index).", mixinStandardHelpOptions = true)
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Option(names = "--conversion-report", description = "also write OUT/conversion-report.txt: every one-to-many character in context with the choice made")
    boolean conversionReport;

    @Option(names = "--force", description = "build into a non-empty --out directory duidu did not make (never /, the home"
            + " directory or the site project's own directories); files already there are kept")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteConfig config = site.loadForWriting(force).withStrict(strict).withConversionReport(conversionReport);
        BuildResult result = SiteBuilder.build(config);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        DiagnosticPrinter.text(result.diagnostics(), err);
        result.seeds().forEach(s -> out.printf("%s: %s, %s script, %d sections, %d paragraphs%n",
                s.file(), s.charset(), s.script(), s.sections(), s.paragraphs()));
        out.printf("Built %d interview(s), %d files in %d ms (%s)%n", result.seeds().size(), result.pages(), result.totalMillis(),
                result.timings().stream().map(t -> t.stage() + " " + t.millis() + " ms").collect(Collectors.joining(", ")));
        out.printf("Site: %s (open %s)%nIndex: %s%n", result.siteDir(), result.siteDir().resolve("index.html"), result.indexDir());
        if (config.baseUrl().isEmpty()) {
            out.println("Note: duidu.yaml sets no baseUrl, so sitemap.xml, feeds and alternate links use relative"
                    + " addresses; set baseUrl: https://… before deploying.");
        }
        if (conversionReport) {
            out.printf("Conversion report: %s%n", config.outDir().resolve("conversion-report.txt"));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
