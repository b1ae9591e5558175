package org.duidu.model;

/**
 * A place in a seed file: 1-based line and column (columns count Unicode code points, as editors do).
 *
 * @param file   the seed path as the user names it (relative to the site directory)
 * @param line   1-based line number
 * @param column 1-based column, in code points
 */
public record SourceSpan(String file, int line, int column) {
    /** A span for problems that concern a whole file rather than a place in it. */
    public static SourceSpan wholeFile(String file) {
        return new SourceSpan(file, 0, 0);
    }

    /** The span {@code codePoints} code points further along the same line. */
    public SourceSpan advance(int codePoints) {
        return new SourceSpan(file, line, column + codePoints);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
