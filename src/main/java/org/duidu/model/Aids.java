package org.duidu.model;

import java.util.List;
import java.util.Map;

/**
 * The reading aids of one interview, derived from its {@link Publication}: the pinyin of every
 * character of each edition's paragraphs.
 *
 * @param hans pinyin per code point of each zh-Hans paragraph's text, by paragraph number (empty
 *             strings where a character has no reading: punctuation, Latin, digits)
 * @param hant the same for the zh-Hant paragraphs (the readings of the zh-Hans text, position by position)
 */
public record Aids(Map<Integer, List<String>> hans, Map<Integer, List<String>> hant) {
    /** No aids at all (pages render without ruby). */
    public static final Aids NONE = new Aids(Map.of(), Map.of());

    /** Copies the maps, so the record stays immutable. */
    public Aids {
        hans = Map.copyOf(hans);
        hant = Map.copyOf(hant);
    }

    /** The readings of paragraph {@code number} in an edition, one per code point, or an empty list. */
    public List<String> readings(Edition edition, int number) {
        return (edition == Edition.HANS ? hans : hant).getOrDefault(number, List.of());
    }
}
