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
 */
public record InterviewSummary(String slug, String date, Map<Edition, Views.Story> stories) {
    /** Copies the map, so the record stays immutable; in edition order, so its JSON is stable (the build cache hashes it). */
    public InterviewSummary {
        stories = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(stories));
    }
}
