package org.duidu.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the editions write Chinese text, shared by the pages and the search snippets so both show the
 * same characters: the source's half-width punctuation between
 * Chinese characters ({@code 部署,請問}) is shown full-width ({@code 部署，請問}), and so are
 * half-width parentheses around Chinese text ({@code (以下簡稱沈撫示範區)} → {@code （以下簡稱沈撫示範區）}).
 * Punctuation inside Latin text or numbers ({@code 3,000}, {@code (GDP)}) stays as it is. The source
 * view keeps the text exactly as the source has it.
 */
public final class ChineseTypography {
    private static final String HALF = ",:;?!";
    private static final String FULL = "，：；？！";
    /** A parenthesised run without nested parentheses and without Latin letters or digits. */
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()A-Za-z0-9]*\\p{IsHan}[^()A-Za-z0-9]*)\\)");

    private ChineseTypography() {
    }

    /**
     * The text with its half-width punctuation between Chinese characters made full-width. Every
     * replacement is one character for one, so offsets into the text stay valid.
     */
    public static String fullWidthPunctuation(String text) {
        if (!hasHalfWidth(text)) {
            return fullWidthParentheses(text);
        }
        // walked in place, without an array of its code points: a paragraph may be a 20 MB line (issue 9)
        StringBuilder sb = new StringBuilder(text.length());
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int k = HALF.indexOf(cp);
            if (k >= 0 && previous >= 0 && isChineseBefore(previous) && (next == text.length() || isChineseAfter(text.codePointAt(next)))) {
                sb.append(FULL.charAt(k));
            } else {
                sb.appendCodePoint(cp);
            }
            previous = cp;
            i = next;
        }
        return fullWidthParentheses(sb.toString());
    }

    private static boolean hasHalfWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (HALF.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String fullWidthParentheses(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        Matcher m = PARENTHESES.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            // only where the text around is Chinese too: "見(附表)" yes, "Table (附表)" no
            boolean chineseBefore = m.start() == 0 || isChineseBefore(text.codePointBefore(m.start()))
                    || "，。、；：？！".indexOf(text.charAt(m.start() - 1)) >= 0;
            m.appendReplacement(sb, Matcher.quoteReplacement(chineseBefore ? "（" + m.group(1) + "）" : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isChineseBefore(int cp) {
        return isHan(cp) || "”」』）》".indexOf(cp) >= 0;
    }

    private static boolean isChineseAfter(int cp) {
        return isHan(cp) || "“「『（《".indexOf(cp) >= 0;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
