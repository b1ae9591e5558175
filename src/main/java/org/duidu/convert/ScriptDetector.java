package org.duidu.convert;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.duidu.model.SourceScript;

/**
 * Decides a text's script by counting characters that exist in only one script: a text is
 * Traditional (or Simplified) when at least 90% of such characters are of that script.
 */
final class ScriptDetector {
    private static final double DOMINANT = 0.9;

    private ScriptDetector() {
    }

    static SourceScript detect(String text) {
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isIdeographic(c)) {
                continue;
            }
            String s = String.valueOf(c);
            boolean isSimple = ZhConverterUtil.isSimple(s);
            boolean isTraditional = ZhConverterUtil.isTraditional(s);
            if (isTraditional && !isSimple) {
                traditional++;
            } else if (isSimple && !isTraditional) {
                simplified++;
            }
        }
        int total = traditional + simplified;
        if (total == 0 || simplified >= DOMINANT * total) {
            return SourceScript.SIMPLIFIED; // no script-specific characters: either reading is right
        }
        return traditional >= DOMINANT * total ? SourceScript.TRADITIONAL : SourceScript.MIXED;
    }
}
