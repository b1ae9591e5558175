package org.duidu.model;

/**
 * An interview ready to publish: the cleaned source and both editions, identical in structure
 * (same sections, same paragraph numbers), so any paragraph can be found in each form.
 *
 * @param source the cleaned source text
 * @param hans   the zh-Hans edition
 * @param hant   the zh-Hant edition
 * @param script the script the seed was detected to be written in
 */
public record Publication(Interview source, Interview hans, Interview hant, SourceScript script) {

    /** The interview in an edition. */
    public Interview in(Edition edition) {
        return edition == Edition.HANS ? hans : hant;
    }

    /** The slug shared by all forms. */
    public String slug() {
        return source.slug();
    }
}
