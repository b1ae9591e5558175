package org.duidu.model;

import java.util.List;
import java.util.Map;

/**
 * The reading aids of one interview, derived from its {@link Publication}: the pinyin of every
 * character of each edition's paragraphs, and the interview's terms.
 *
 * @param hans  pinyin per code point of each zh-Hans paragraph's text, by paragraph number (empty
 *              strings where a character has no reading: punctuation, Latin, digits)
 * @param hant  the same for the zh-Hant paragraphs (the readings of the zh-Hans text, position by position)
 * @param terms the quoted phrases and numbered slogans, in order of first appearance
 */
public record Aids(Map<Integer, List<String>> hans, Map<Integer, List<String>> hant, List<Term> terms) {
    /** No aids at all (pages render without ruby, the interview has no terms). */
    public static final Aids NONE = new Aids(Map.of(), Map.of(), List.of());

    /** Copies the maps and lists, so the record stays immutable. */
    public Aids {
        hans = Map.copyOf(hans);
        hant = Map.copyOf(hant);
        terms = List.copyOf(terms);
    }

    /** The readings of paragraph {@code number} in an edition, one per code point, or an empty list. */
    public List<String> readings(Edition edition, int number) {
        return (edition == Edition.HANS ? hans : hant).getOrDefault(number, List.of());
    }

    /**
     * A term of the interview: a quoted phrase ({@code “两个确立”}) or a numbered slogan ({@code 六大园区}).
     *
     * @param hans            its zh-Hans form
     * @param hant            its zh-Hant form
     * @param kind            {@code quoted} or {@code numbered}
     * @param hansOccurrences where the zh-Hans form stands in the zh-Hans edition, in text order
     * @param hantOccurrences where the zh-Hant form stands in the zh-Hant edition, in text order
     */
    public record Term(String hans, String hant, String kind, List<Occurrence> hansOccurrences, List<Occurrence> hantOccurrences) {
        /** Copies the lists. */
        public Term {
            hansOccurrences = List.copyOf(hansOccurrences);
            hantOccurrences = List.copyOf(hantOccurrences);
        }

        /** The term in an edition. */
        public String in(Edition edition) {
            return edition == Edition.HANS ? hans : hant;
        }

        /** Its occurrences in an edition. */
        public List<Occurrence> occurrences(Edition edition) {
            return edition == Edition.HANS ? hansOccurrences : hantOccurrences;
        }
    }

    /**
     * A dictionary entry (CC-CEDICT, CC BY-SA 4.0).
     *
     * @param hans    the headword in zh-Hans
     * @param hant    the headword in zh-Hant
     * @param pinyin  its reading with tone marks
     * @param english its English senses, separated by {@code ; }
     */
    public record Gloss(String hans, String hant, String pinyin, String english) {
    }

    /**
     * Where a term stands.
     *
     * @param paragraph the paragraph number ({@code pN})
     * @param offset    the code-point offset of the term in the paragraph's text
     */
    public record Occurrence(int paragraph, int offset) {
    }
}
