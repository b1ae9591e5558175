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
        StringBuilder sb = new StringBuilder(text.length());
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int k = HALF.indexOf(cps[i]);
            if (k >= 0 && i > 0 && isChineseBefore(cps[i - 1]) && (i + 1 == cps.length || isChineseAfter(cps[i + 1]))) {
                sb.append(FULL.charAt(k));
            } else {
                sb.appendCodePoint(cps[i]);
            }
        }
        return fullWidthParentheses(sb.toString());
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
