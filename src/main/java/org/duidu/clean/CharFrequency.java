package org.duidu.clean;

import java.util.HashMap;
import java.util.Map;
import org.duidu.config.RuleFile;

/**
 * Frequency ranks of Han characters (0 = most frequent), both scripts, from {@code char-frequency.tsv},
 * and the real words made of rare characters ({@code rare-words.txt}: 饕餮, 魑魅魍魎), both derived by
 * {@code scripts/make-char-frequency.py} from jieba's dictionary and OpenCC's tables.
 */
final class CharFrequency {
    private final Map<Integer, Integer> ranks;
    private final java.util.Set<String> rareWords;
    /** For each first character of a rare word, the lengths (code points) of the words it starts, longest first. */
    private final Map<Integer, int[]> lengthsByFirst;

    private CharFrequency(Map<Integer, Integer> ranks, java.util.Set<String> rareWords) {
        this.ranks = ranks;
        this.rareWords = rareWords;
        Map<Integer, java.util.TreeSet<Integer>> lengths = new HashMap<>();
        for (String w : rareWords) {
            lengths.computeIfAbsent(w.codePointAt(0), k -> new java.util.TreeSet<>(java.util.Comparator.reverseOrder()))
                    .add(w.codePointCount(0, w.length()));
        }
        this.lengthsByFirst = new HashMap<>();
        lengths.forEach((first, set) -> lengthsByFirst.put(first, set.stream().mapToInt(Integer::intValue).toArray()));
    }

    static CharFrequency builtIn() {
        Map<Integer, Integer> ranks = new HashMap<>();
        for (String line : RuleFile.lines(CharFrequency.class, "char-frequency.tsv")) {
            int tab = line.indexOf('\t');
            ranks.put(line.codePointAt(0), Integer.parseInt(line.substring(tab + 1)));
        }
        return new CharFrequency(ranks, java.util.Set.copyOf(RuleFile.lines(CharFrequency.class, "rare-words.txt")));
    }

    /**
     * Marks the code points of a text that belong to a known word of rare characters, so that
     * 魑魅魍魎 reads as a word, not as mojibake. Longest match first.
     */
    boolean[] inRareWords(int[] cps) {
        boolean[] covered = new boolean[cps.length];
        for (int i = 0; i < cps.length; i++) {
            int[] lengths = lengthsByFirst.get(cps[i]);
            if (lengths == null) {
                continue; // no rare word starts with this character: the common case
            }
            for (int len : lengths) {
                if (len <= cps.length - i && rareWords.contains(new String(cps, i, len))) {
                    java.util.Arrays.fill(covered, i, i + len, true);
                    break;
                }
            }
        }
        return covered;
    }

    /** The rank of a character, {@link Integer#MAX_VALUE} when it is not in the table. */
    int rank(int codePoint) {
        return ranks.getOrDefault(codePoint, Integer.MAX_VALUE);
    }
}
