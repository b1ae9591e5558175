package org.duidu.render;

import java.util.Map;
import org.duidu.model.Edition;

/**
 * The little of an interview that pages other than its own need (home pages, feeds, sitemap, the
 * neighbours' previous/next links): a build keeps one per interview instead of its whole text.
 *
 * @param slug    the interview's URL name
 * @param date    its ISO date, or empty
 * @param stories per edition, the interview as list pages show it: title, people, date, source and the
 *                first lead paragraph only (no sections)
 * @param terms   per edition, its terms as the site-wide terms index needs them (forms, counts, anchors;
 *                no keyword-in-context lines); kept in the build cache, so an interview that is not
 *                rendered again still has its terms in the index
 * @param facets  per edition, what the archive's lists and the search filters know it by (people, source, year, tags)
 */
public record InterviewSummary(String slug, String date, Map<Edition, Views.Story> stories, Map<Edition, Views.InterviewTerms> terms,
                               Map<Edition, org.duidu.model.Facets> facets) {
    /** Copies the maps, so the record stays immutable; in edition order, so its JSON is stable (the build cache hashes it). */
    public InterviewSummary {
        stories = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(stories));
        terms = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(terms));
        facets = facets == null || facets.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(facets));
    }
}
