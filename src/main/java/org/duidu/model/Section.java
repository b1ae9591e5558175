package org.duidu.model;

import java.util.List;

/**
 * A question and everything that answers it, up to the next question.
 *
 * @param number     1-based ({@code qN})
 * @param paragraphs the question paragraph(s) first, then the answers
 */
public record Section(int number, List<Paragraph> paragraphs) {
    public Section {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The section's anchor id ({@code q3}). */
    public String anchor() {
        return "q" + number;
    }

    /** The question paragraphs. */
    public List<Paragraph> question() {
        return paragraphs.stream().filter(p -> p.role() == Role.QUESTION).toList();
    }

    /** The answer paragraphs. */
    public List<Paragraph> answers() {
        return paragraphs.stream().filter(p -> p.role() == Role.ANSWER).toList();
    }
}
