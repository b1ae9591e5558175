package org.duidu.site;

import java.util.List;
import org.duidu.model.Publication;

/**
 * The site's content after ingest, clean and convert, before anything is written.
 *
 * @param publications one per seed, in file-name order
 * @param seeds        their summaries
 * @param timings      per stage
 */
public record Prepared(List<Publication> publications, List<SeedSummary> seeds, List<StageTiming> timings) {
}
