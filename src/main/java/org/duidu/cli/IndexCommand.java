package org.duidu.cli;

import org.duidu.config.SiteConfig;
import org.duidu.diag.Diagnostics;
import org.duidu.search.solr.SolrPush;
import org.duidu.search.solr.SolrTarget;
import org.duidu.site.Prepared;
import org.duidu.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * {@code duidu index --solr URL --collection NAME}: reads, cleans and converts the seeds as
 * {@code build} does, then pushes every paragraph to a Solr collection, incrementally. A command of
 * its own rather than a {@code build} option: a push can fail on the network and be retried without
 * rebuilding or republishing the site, and a plain build never loads SolrJ. Exit codes: 0 pushed,
 * 1 content errors or a failed push (nothing committed), 2 bad usage.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Push every paragraph to a SolrCloud collection: only new and changed interviews, removed ones deleted.")
public final class IndexCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Mixin
    SolrOptions solr;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!solr.present()) {
            throw new ParameterException(spec.commandLine(), "duidu index needs --solr URL --collection NAME");
        }
        SolrTarget target = solr.target();
        SiteConfig config = site.load().withStrict(strict);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics();
        Prepared prepared = SiteBuilder.prepare(config, diagnostics);
        DiagnosticPrinter.text(diagnostics.all(), err);
        try (SolrPush push = SolrPush.open(target)) {
            SolrPush.Report report = push.push(prepared.publications());
            out.printf("Solr %s: %d interview(s) pushed (%d paragraphs), %d unchanged, %d removed%s in %d ms%n",
                    target.describe(), report.pushed().size(), report.paragraphs(), report.unchanged(), report.removed().size(),
                    report.retries() == 0 ? "" : ", " + report.retries() + " request(s) retried", report.millis());
            out.flush();
            return ExitCodes.OK;
        } catch (SolrPush.PushFailure e) {
            err.println("duidu index: " + e.getMessage());
            err.flush();
            return ExitCodes.CONTENT;
        } catch (IOException e) {
            // closing the client: the push itself has finished
            return ExitCodes.OK;
        }
    }
}
