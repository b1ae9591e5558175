package org.duidu.convert;

import org.duidu.model.InlineMarkup;

/**
 * Where streamed text may be cut without splitting zh.wikipedia inline markup
 * ({@link InlineMarkup}, {@code -{…}-}) across chunks.
 */
final class Markup {
    private Markup() {
    }

    /** Where an unterminated {@code -{} starts in {@code buf[0, end)}, or -1: a stream must not be cut there. */
    static int unterminated(char[] buf, int end) {
        String s = new String(buf, 0, end);
        int open = s.lastIndexOf(InlineMarkup.OPEN);
        return open >= 0 && s.indexOf(InlineMarkup.CLOSE, open + InlineMarkup.OPEN.length()) < 0 ? open : -1;
    }
}
