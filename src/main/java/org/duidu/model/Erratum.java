package org.duidu.model;

/**
 * An editorial correction from a sidecar: where the source has {@code find}, readers see
 * {@code replace}, marked as a correction.
 *
 * @param find    the exact source text to replace (may include garbled characters)
 * @param replace the corrected text
 * @param note    why, shown to readers (may be empty)
 * @param line    the sidecar line that defines it, for diagnostics
 */
public record Erratum(String find, String replace, String note, int line) {
}
