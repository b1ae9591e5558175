package org.duidu.ingest;

import java.util.Optional;
import org.duidu.model.SourceSpan;

/**
 * Splits YAML front matter off a Markdown seed: a first line {@code ---}, the YAML, then a line
 * {@code ---} (or {@code ...}). Both parts keep the seed's line numbers: the YAML is padded with one
 * blank line for the opening fence, the body with blank lines for the whole front matter, so every
 * diagnostic names the seed's own line and column.
 */
final class FrontMatter {
    private FrontMatter() {
    }

    /**
     * The front matter and the body.
     *
     * @param yaml the YAML with the seed's line numbering, or empty when the seed has no front matter
     * @param body the Markdown after it, front matter lines blanked
     */
    record Split(Optional<String> yaml, String body) {
    }

    /** A front matter whose closing fence is missing. */
    static final class Unclosed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SourceSpan span;

        Unclosed(SourceSpan span) {
            super("the front matter opened here with '---' is never closed: end it with a line '---'");
            this.span = span;
        }

        SourceSpan span() {
            return span;
        }
    }

    static Split split(String file, String text) throws Unclosed {
        if (!(text.startsWith("---\n") || text.equals("---") || text.startsWith("--- \n"))) {
            return new Split(Optional.empty(), text);
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String current = (end < 0 ? text.substring(lineStart) : text.substring(lineStart, end)).strip();
            if (current.equals("---") || current.equals("...")) {
                String yaml = "\n" + text.substring(text.indexOf('\n') + 1, lineStart);
                String rest = end < 0 ? "" : text.substring(end + 1);
                return new Split(Optional.of(yaml), "\n".repeat(line) + rest);
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
            line++;
        }
        throw new Unclosed(new SourceSpan(file, 1, 1));
    }
}
