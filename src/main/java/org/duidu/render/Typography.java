package org.duidu.render;

/**
 * Rendering rules for Chinese text in the editions: the source's half-width punctuation between
 * Chinese characters ({@code 部署,請問}) is shown full-width ({@code 部署，請問}). The source view keeps the
 * text as it is.
 */
final class Typography {
    private static final String HALF = ",:;?!";
    private static final String FULL = "，：；？！";

    private Typography() {
    }

    static String fullWidthPunctuation(String text) {
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
