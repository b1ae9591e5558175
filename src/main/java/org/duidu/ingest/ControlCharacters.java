package org.duidu.ingest;

import org.duidu.diag.Diagnostics;
import org.duidu.model.SourceSpan;

/**
 * Removes characters that have no place in a transcript and break XML outputs (atom.xml,
 * sitemap.xml): C0 controls except tab and line feed, DEL, C1 controls, and the noncharacters
 * U+FFFE/U+FFFF. Each line that had some gets a warning at the first one's place.
 */
final class ControlCharacters {
    /** More than this share of removed characters: the file is binary, not a transcript. */
    private static final double BINARY_SHARE = 0.05;

    private ControlCharacters() {
    }

    /** The text without control characters, or null when the file looks binary (reported as an error). */
    static String remove(String file, String text, Diagnostics diagnostics) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Diagnostics found = new Diagnostics(Integer.MAX_VALUE); // reported only if the file is text after all
        int line = 1;
        int column = 1;
        int removedOnLine = 0;
        int firstColumn = 0;
        int firstCode = 0;
        long removed = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                report(file, line, firstColumn, firstCode, removedOnLine, found);
                removedOnLine = 0;
                line++;
                column = 1;
                out.append('\n');
                continue;
            }
            if (isControl(cp)) {
                if (removedOnLine++ == 0) {
                    firstColumn = column;
                    firstCode = cp;
                }
                removed++;
            } else {
                out.appendCodePoint(cp);
            }
            column++;
        }
        report(file, line, firstColumn, firstCode, removedOnLine, found);
        if (removed > BINARY_SHARE * text.length() && removed > 8) {
            diagnostics.error("binary", SourceSpan.wholeFile(file), "this looks like a binary file, not a transcript ("
                    + removed + " control characters); seeds are text (*.txt, *.md)");
            return null;
        }
        found.all().forEach(diagnostics::add);
        return out.toString();
    }

    private static void report(String file, int line, int column, int code, int count, Diagnostics diagnostics) {
        if (count > 0) {
            diagnostics.warning("control-character", new SourceSpan(file, line, column), String.format(
                    "removed %d control character(s) from this line, the first U+%04X here", count, code));
        }
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isControl(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
    }
}
