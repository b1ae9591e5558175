package org.duidu.model;

import java.util.List;
import java.util.Optional;

/**
 * The metadata of a seed, from {@code seeds/<name>.yaml} next to it or from a Markdown seed's front
 * matter: metadata, people, errata and conversion rules.
 *
 * @param title       title override
 * @param date        ISO date at its precision ({@code 2024}, {@code 2024-06}, {@code 2024-06-03}), validated
 * @param source      publication name
 * @param sourceUrl   link to the original
 * @param slug        URL name override
 * @param interviewer the label of the interviewer, when inference should not decide
 * @param encoding    the seed's charset, when detection should not decide
 * @param errata      editorial corrections
 * @param rules       per-interview conversion rules
 * @param people      the people of the interview (interviewees and interviewers)
 * @param tags        tags, in order
 * @param draft       whether the seed is unfinished and left out of builds
 */
public record Sidecar(Optional<String> title, Optional<String> date, Optional<String> source,
                      Optional<String> sourceUrl, Optional<String> slug, Optional<String> interviewer,
                      Optional<String> encoding, List<Erratum> errata, List<ConversionRule> rules,
                      List<Person> people, List<String> tags, boolean draft) {
    public Sidecar {
        errata = List.copyOf(errata);
        rules = List.copyOf(rules);
        people = List.copyOf(people);
        tags = List.copyOf(tags);
    }

    /** The sidecar of a seed that has none. */
    public static Sidecar none() {
        return new Sidecar(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), false);
    }
}
