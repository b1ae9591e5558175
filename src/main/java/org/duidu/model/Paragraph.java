package org.duidu.model;

import java.util.List;

/**
 * One paragraph of an interview.
 *
 * @param number   1-based number across the whole interview in source order, lead included ({@code pN})
 * @param role     lead, question or answer
 * @param speaker  the turn's label as the source writes it (empty for the lead)
 * @param point    whether the paragraph is a numbered point (一是…, 第一，…)
 * @param inlines  the content
 * @param readings pinyin annotations removed from this paragraph
 * @param span     where the paragraph's text starts in the seed
 */
public record Paragraph(int number, Role role, String speaker, boolean point, List<Inline> inlines,
                        List<Reading> readings, SourceSpan span) {
    public Paragraph {
        inlines = List.copyOf(inlines);
        readings = List.copyOf(readings);
    }

    /** The visible text. */
    public String text() {
        return Inline.plain(inlines);
    }

    /** The paragraph's anchor id ({@code p7}). */
    public String anchor() {
        return "p" + number;
    }

    /** A copy with other content (and readings). */
    public Paragraph withContent(List<Inline> newInlines, List<Reading> newReadings) {
        return new Paragraph(number, role, speaker, point, newInlines, newReadings, span);
    }
}
