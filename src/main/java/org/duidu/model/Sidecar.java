package org.duidu.model;

import java.util.List;
import java.util.Optional;

/**
 * The optional {@code seeds/<name>.yaml} next to a seed: metadata, errata and conversion rules.
 *
 * @param title       title override
 * @param date        ISO date
 * @param source      publication name
 * @param sourceUrl   link to the original
 * @param slug        URL name override
 * @param interviewer the label of the interviewer, when inference should not decide
 * @param encoding    the seed's charset, when detection should not decide
 * @param errata      editorial corrections
 * @param rules       per-interview conversion rules
 */
public record Sidecar(Optional<String> title, Optional<String> date, Optional<String> source,
                      Optional<String> sourceUrl, Optional<String> slug, Optional<String> interviewer,
                      Optional<String> encoding, List<Erratum> errata, List<ConversionRule> rules) {
    public Sidecar {
        errata = List.copyOf(errata);
        rules = List.copyOf(rules);
    }

    /** The sidecar of a seed that has none. */
    public static Sidecar none() {
        return new Sidecar(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }
}
