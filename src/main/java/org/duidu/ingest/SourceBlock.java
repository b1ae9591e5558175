package org.duidu.ingest;

/**
 * One paragraph-sized piece of a seed before turns are recognised: a line of a plain transcript, or a
 * paragraph or list item of a Markdown seed.
 *
 * @param line     1-based line where it starts
 * @param column   1-based column (code points) where its text starts
 * @param text     its text, trimmed, Markdown formatting removed
 * @param listItem whether it is a Markdown list item (a numbered point in an answer)
 */
record SourceBlock(int line, int column, String text, boolean listItem) {
}
