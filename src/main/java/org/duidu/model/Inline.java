package org.duidu.model;

/**
 * A run of paragraph content. Most content is {@link Text}; defects the cleaner found and
 * editorial corrections stay distinguishable so that pages can mark them and search can skip them.
 */
public sealed interface Inline permits Inline.Text, Inline.Garbled, Inline.Correction, Inline.Verbatim {

    /** The characters a reader sees for this run (garbled runs show their raw characters). */
    String text();

    /** Plain text, converted between scripts. */
    record Text(String text) implements Inline {
    }

    /**
     * Mojibake the cleaner detected: shown marked, never converted, never indexed.
     *
     * @param text      the garbled characters as they stand in the source
     * @param span      where the run starts in the seed
     * @param suggested a reading the detector recovered, or empty when it has none
     */
    record Garbled(String text, SourceSpan span, String suggested) implements Inline {
    }

    /**
     * An editorial correction from the sidecar's errata: {@code text} replaces {@code original}.
     *
     * @param text     the corrected text (converted like other text)
     * @param original what the source had
     * @param note     the editor's note, may be empty
     */
    record Correction(String text, String original, String note) implements Inline {
    }

    /**
     * Text that must not be converted (inline {@code -{…}-}), or an explicit per-edition form.
     *
     * @param text the text shown in the source view
     * @param hans the text in the zh-Hans edition
     * @param hant the text in the zh-Hant edition
     */
    record Verbatim(String text, String hans, String hant) implements Inline {
        /** The text for an edition. */
        public String in(Edition edition) {
            return edition == Edition.HANS ? hans : hant;
        }
    }

    /** Concatenates the visible text of runs. */
    static String plain(java.util.List<? extends Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            sb.append(i.text());
        }
        return sb.toString();
    }
}
