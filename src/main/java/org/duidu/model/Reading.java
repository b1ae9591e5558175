package org.duidu.model;

/**
 * A pinyin reading the source carried as a glued annotation ({@code 經(jīng)}): kept as data.
 *
 * @param offset    code-point offset of the annotated character in the paragraph's cleaned source text
 * @param character the annotated character
 * @param pinyin    the reading, with tone marks, as the source wrote it
 */
public record Reading(int offset, String character, String pinyin) {
}
