package org.duidu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What lists and search filters know an interview by, in one edition's script: its people (the
 * interviewees and a named interviewer, never a role word or the placeholder for someone nobody
 * named), its source, its year, its tags and the first day of its date's period. The list pages,
 * the Lucene index and the static search page all take these values from here, so a filter means
 * the same everywhere.
 *
 * @param people its people, in order, each once
 * @param source its source, or empty
 * @param year   its year ({@code 2024}), or empty when undated
 * @param tags   its tags, in order, each once
 * @param date   the first day of its date's period ({@code 2024-06-01}), or empty
 */
public record Facets(List<String> people, String source, String year, List<String> tags, String date) {
    /** The names of each facet, as URLs, the CLI and JSON spell them. */
    public static final List<String> NAMES = List.of("person", "source", "year", "tag");

    /** What pages call an interviewee nobody named (ingest's placeholder, in each script). */
    private static final Set<String> UNNAMED = Set.of("受访者", "受訪者");

    /** Copies the lists. */
    public Facets {
        people = List.copyOf(people);
        tags = List.copyOf(tags);
    }

    /** The facets of one edition (or the source form) of an interview. */
    public static Facets of(Interview interview) {
        List<String> people = new ArrayList<>();
        for (Speaker s : interview.speakers()) {
            // an interviewer counts only when a person stands behind the label (王平 for 记者, not 记者 itself)
            boolean person = s.interviewer() ? !s.name().equals(s.label()) : !UNNAMED.contains(s.name().strip());
            if (person && !s.name().isBlank() && !people.contains(s.name().strip())) {
                people.add(s.name().strip());
            }
        }
        List<String> tags = new ArrayList<>();
        interview.metadata().tags().stream().map(String::strip).filter(t -> !t.isEmpty() && !tags.contains(t)).forEach(tags::add);
        var date = interview.metadata().publicationDate();
        return new Facets(people, interview.metadata().source().map(String::strip).orElse(""),
                date.map(d -> String.format("%04d", d.year())).orElse(""), tags, date.map(PublicationDate::start).orElse(""));
    }

    /** The values of a facet ({@link #NAMES}). */
    public List<String> values(String facet) {
        return switch (facet) {
            case "person" -> people;
            case "source" -> source.isEmpty() ? List.of() : List.of(source);
            case "year" -> year.isEmpty() ? List.of() : List.of(year);
            case "tag" -> tags;
            default -> throw new IllegalArgumentException("no facet " + facet);
        };
    }
}
