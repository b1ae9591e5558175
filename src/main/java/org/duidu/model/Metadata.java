package org.duidu.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What is known about an interview beyond its text, mostly from the sidecar or front matter.
 *
 * @param title     the title (sidecar, else derived)
 * @param date      publication date as ISO at its precision ({@code 2024}, {@code 2024-06}, {@code 2024-06-03}),
 *                  if known; see {@link PublicationDate}
 * @param source    where the interview was published, if known
 * @param sourceUrl link to the original, if known
 * @param tags      tags, in order
 */
public record Metadata(String title, Optional<String> date, Optional<String> source, Optional<String> sourceUrl,
                       List<String> tags) {
    public Metadata {
        tags = List.copyOf(tags);
    }

    /** Metadata without tags. */
    public Metadata(String title, Optional<String> date, Optional<String> source, Optional<String> sourceUrl) {
        this(title, date, source, sourceUrl, List.of());
    }

    /** A copy with the reader-visible text (title, source, tags) passed through {@code f}, e.g. converted. */
    public Metadata mapText(UnaryOperator<String> f) {
        return new Metadata(f.apply(title), date, source.map(f), sourceUrl, tags.stream().map(f).toList());
    }

    /** The date parsed, if there is one. */
    public Optional<PublicationDate> publicationDate() {
        return date.flatMap(PublicationDate::parse);
    }
}
