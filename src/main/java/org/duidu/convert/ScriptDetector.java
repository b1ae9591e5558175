package org.duidu.convert;

import java.util.Map;
import org.duidu.model.SourceScript;

/**
 * Decides a text's script by counting characters that belong to one script only: a character the
 * T→S table changes and never keeps is Traditional-only (們, 這, 關); one the S→T table changes and
 * never keeps is Simplified-only (们, 这, 关). Characters shared by both scripts (干, 后, 于) do not
 * count. A text is Traditional (or Simplified) when at least 95% of the counted characters are.
 */
final class ScriptDetector {
    private static final double DOMINANT = 0.95;

    private final Map<String, String[]> tsChars;
    private final Map<String, String[]> stChars;

    ScriptDetector(OpenccData data) {
        this.tsChars = data.table("opencc/TSCharacters.txt").entries();
        this.stChars = data.table("opencc/STCharacters.txt").entries();
    }

    SourceScript detect(CharSequence text) {
        long traditional = 0;
        long simplified = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isIdeographic(cp)) {
                continue;
            }
            String c = new String(Character.toChars(cp));
            if (only(tsChars.get(c), c)) {
                traditional++;
            } else if (only(stChars.get(c), c)) {
                simplified++;
            }
        }
        long total = traditional + simplified;
        if (total == 0 || simplified >= DOMINANT * total) {
            return SourceScript.SIMPLIFIED; // no script-specific characters: either reading is right
        }
        return traditional >= DOMINANT * total ? SourceScript.TRADITIONAL : SourceScript.MIXED;
    }

    /** Whether a table changes {@code c} and never keeps it. */
    private static boolean only(String[] values, String c) {
        if (values == null) {
            return false;
        }
        for (String v : values) {
            if (v.equals(c)) {
                return false;
            }
        }
        return true;
    }
}
