package org.duidu.convert;

import java.util.List;
import java.util.Map;
import org.duidu.config.PackedData;
import org.duidu.model.SourceScript;

/**
 * Decides a text's script by counting characters that belong to one script only: a character the
 * T→S table changes and never keeps is Traditional-only (們, 這, 關); one the S→T table changes and
 * never keeps is Simplified-only (们, 这, 关). Characters shared by both scripts (干, 后, 于) do not
 * count. A text is Traditional (or Simplified) when at least 95% of the counted characters are.
 */
final class ScriptDetector {
    private static final double DOMINANT = 0.95;

    /** The packed character classes, made when the jar is packaged ({@link #pack}). */
    static final String PACKED = "scripts.bin";
    private final PackedData.Keys traditionalOnly;
    private final PackedData.Keys simplifiedOnly;

    private ScriptDetector(PackedData.Reader packed) {
        this.traditionalOnly = packed.keys();
        this.simplifiedOnly = packed.keys();
    }

    static ScriptDetector builtIn() {
        return new ScriptDetector(PackedData.resource(ScriptDetector.class, PACKED));
    }

    /**
     * The characters the T→S table changes and never keeps (Traditional-only), then those of the
     * S→T table that are not Traditional-only (Simplified-only), from the OpenCC tables.
     */
    static PackedData.Writer pack(OpenccData data) {
        Map<String, String[]> ts = data.table("opencc/TSCharacters.txt").entries();
        Map<String, String[]> st = data.table("opencc/STCharacters.txt").entries();
        List<String> traditional = ts.keySet().stream().filter(c -> only(ts.get(c), c)).toList();
        List<String> simplified = st.keySet().stream().filter(c -> !only(ts.get(c), c) && only(st.get(c), c)).toList();
        return new PackedData.Writer().keys(traditional).keys(simplified);
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
            if (traditionalOnly.find(c) >= 0) {
                traditional++;
            } else if (simplifiedOnly.find(c) >= 0) {
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
