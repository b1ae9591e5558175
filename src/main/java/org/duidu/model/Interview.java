package org.duidu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One interview in one written form (the source, or an edition).
 *
 * @param slug     the URL name ({@code 000_8e6aaae491def166})
 * @param file     the seed path relative to the site directory
 * @param metadata title, date, source
 * @param speakers everyone who speaks, interviewer(s) first
 * @param lead     paragraphs before the first question
 * @param sections the question-and-answer sections
 */
public record Interview(String slug, String file, Metadata metadata, List<Speaker> speakers, List<Paragraph> lead,
                        List<Section> sections) {
    /**
     * Most paragraphs one interview may have: the static search index keys a paragraph by its
     * interview's key and its index in 16 bits ({@code K·65536 + P}). A longer seed is a content error
     * at its paragraph 65,537 (ingest), not a failure of the index.
     */
    public static final int MAX_PARAGRAPHS = 1 << 16;

    public Interview {
        speakers = List.copyOf(speakers);
        lead = List.copyOf(lead);
        sections = List.copyOf(sections);
    }

    /** Every paragraph in source order, lead first. */
    public List<Paragraph> paragraphs() {
        List<Paragraph> all = new ArrayList<>(lead);
        sections.forEach(s -> all.addAll(s.paragraphs()));
        return all;
    }

    /** Speakers who answer. */
    public List<Speaker> interviewees() {
        return speakers.stream().filter(s -> !s.interviewer()).toList();
    }

    /** Every paragraph in source order with the number of its section (0 for the lead). */
    public List<Placed> placedParagraphs() {
        List<Placed> all = new ArrayList<>();
        lead.forEach(p -> all.add(new Placed(p, 0)));
        sections.forEach(s -> s.paragraphs().forEach(p -> all.add(new Placed(p, s.number()))));
        return all;
    }

    /**
     * A paragraph and where it stands.
     *
     * @param paragraph the paragraph
     * @param section   its section number, 0 for the lead
     */
    public record Placed(Paragraph paragraph, int section) {
    }

    /** A copy with every paragraph passed through {@code f}, keeping the structure. */
    public Interview mapParagraphs(java.util.function.UnaryOperator<Paragraph> f) {
        return new Interview(slug, file, metadata, speakers, lead.stream().map(f).toList(),
                sections.stream().map(s -> new Section(s.number(), s.paragraphs().stream().map(f).toList())).toList());
    }

    /** A copy with other metadata and speakers (used when converting them). */
    public Interview withHeader(Metadata newMetadata, List<Speaker> newSpeakers) {
        return new Interview(slug, file, newMetadata, newSpeakers, lead, sections);
    }

    /** All readings of the interview, in paragraph order. */
    public Stream<Reading> readings() {
        return paragraphs().stream().flatMap(p -> p.readings().stream());
    }
}
