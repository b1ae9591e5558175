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
 * @param timings     per stage: wall-clock for the build's own steps, summed over the worker threads for
 *                    the per-interview stages
 * @param wallMillis  the whole build, wall-clock
 * @param read        how many seeds were read (the others came unchanged from the build cache)
 */
public record BuildResult(Path siteDir, Path indexDir, List<SeedSummary> seeds, int pages, List<Diagnostic> diagnostics,
                          List<StageTiming> timings, long wallMillis, int read) {
    /** Total wall-clock time of the build. */
    public long totalMillis() {
        return wallMillis;
    }
}
