package org.duidu.site;

import java.nio.file.Path;
import java.util.List;
import org.duidu.diag.Diagnostic;

/**
 * What a finished build reports.
 *
 * @param siteDir     where the site was published
 * @param indexDir    where the Lucene index was published
 * @param seeds       one summary per seed
 * @param pages       number of files rendered
 * @param diagnostics warnings raised (a build with errors does not finish)
 * @param timings     per stage
 */
public record BuildResult(Path siteDir, Path indexDir, List<SeedSummary> seeds, int pages, List<Diagnostic> diagnostics,
                          List<StageTiming> timings) {
    /** Total wall-clock time of the stages. */
    public long totalMillis() {
        return timings.stream().mapToLong(StageTiming::millis).sum();
    }
}
