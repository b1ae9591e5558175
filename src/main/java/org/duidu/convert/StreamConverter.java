package org.duidu.convert;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * Converts a character stream in bounded memory: it reads blocks, converts each up to its last safe
 * cut (a line break, whitespace or punctuation, where no phrase can continue) and carries the rest
 * over into the next block.
 */
final class StreamConverter {
    static final int BLOCK = 1 << 16;

    private final UnaryOperator<String> conversion;
    private final boolean markup;

    /**
     * @param conversion what to do with each block
     * @param markup     whether blocks must not end inside an inline {@code -{…}-} span
     */
    StreamConverter(UnaryOperator<String> conversion, boolean markup) {
        this.conversion = conversion;
        this.markup = markup;
    }

    void convert(Reader in, Writer out) throws IOException {
        char[] buf = new char[BLOCK * 2];
        int filled = 0;
        while (true) {
            int n = in.read(buf, filled, buf.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
            if (filled < BLOCK) {
                continue; // keep reading until a block is full (readers may return little at a time)
            }
            int cut = safeCut(buf, filled);
            int open = markup ? Markup.unterminated(buf, cut) : -1;
            if (open > 0) {
                cut = open; // never split a -{…}- span (one longer than a block is cut anyway)
            }
            out.write(conversion.apply(new String(buf, 0, cut)));
            System.arraycopy(buf, cut, buf, 0, filled - cut);
            filled -= cut;
        }
        if (filled > 0) {
            out.write(conversion.apply(new String(buf, 0, filled)));
        }
        out.flush();
    }

    /** The end of the longest prefix that ends at a safe point; at worst the whole buffer minus a split pair. */
    static int safeCut(char[] buf, int filled) {
        for (int i = filled - 1; i >= filled / 2; i--) {
            if (isBreak(buf[i])) {
                return i + 1;
            }
        }
        // no break in the second half (a very long run of ideographs): cut anyway, never inside a pair
        return Character.isHighSurrogate(buf[filled - 1]) ? filled - 1 : filled;
    }

    private static boolean isBreak(char c) {
        if (c < 0x80) {
            return !Character.isLetterOrDigit(c);
        }
        return switch (Character.getType(c)) {
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR,
                    Character.OTHER_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.DASH_PUNCTUATION -> true;
            default -> false;
        };
    }
}
