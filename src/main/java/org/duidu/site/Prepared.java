package org.duidu.site;

import java.util.List;
import java.util.Map;
import org.duidu.model.Edition;
import org.duidu.model.Publication;

/**
 * The site's content after ingest, clean and convert, before anything is written.
 *
 * @param publications one per seed, in file-name order
 * @param siteTitles   the site title in each edition
 * @param seeds        their summaries
 * @param timings      per stage
 * @param conversionReport the conversion report, when the configuration asks for one
 * @param prose        the prose pages ({@code pages/*.md}) in each edition
 */
public record Prepared(List<Publication> publications, Map<Edition, String> siteTitles, List<SeedSummary> seeds,
                       List<StageTiming> timings, java.util.Optional<String> conversionReport,
                       List<org.duidu.render.SiteRenderer.ProsePage> prose) {
}
