package org.duidu.clean;

import java.util.HashMap;
import java.util.Map;
import org.duidu.config.RuleFile;

/**
 * Frequency ranks of Han characters (0 = most frequent), both scripts, from {@code char-frequency.tsv}
 * (derived by {@code scripts/make-char-frequency.py} from jieba's dictionary and OpenCC's tables).
 */
final class CharFrequency {
    private final Map<Integer, Integer> ranks;

    private CharFrequency(Map<Integer, Integer> ranks) {
        this.ranks = ranks;
    }

    static CharFrequency builtIn() {
        Map<Integer, Integer> ranks = new HashMap<>();
        for (String line : RuleFile.lines(CharFrequency.class, "char-frequency.tsv")) {
            int tab = line.indexOf('\t');
            ranks.put(line.codePointAt(0), Integer.parseInt(line.substring(tab + 1)));
        }
        return new CharFrequency(ranks);
    }

    /** The rank of a character, {@link Integer#MAX_VALUE} when it is not in the table. */
    int rank(int codePoint) {
        return ranks.getOrDefault(codePoint, Integer.MAX_VALUE);
    }
}
