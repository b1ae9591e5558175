package org.duidu.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.duidu.config.PackedData;
import org.duidu.config.RuleFile;

/**
 * Frequency ranks of Han characters (0 = most frequent), both scripts, from {@code char-frequency.tsv},
 * and the real words made of rare characters ({@code rare-words.txt}: 饕餮, 魑魅魍魎), both derived by
 * {@code scripts/make-char-frequency.py} from jieba's dictionary and OpenCC's tables; packed at build time.
 */
final class CharFrequency {
    /** The packed form, made when the jar is packaged ({@link PackClean}). */
    static final String PACKED = "frequency.bin";

    /** The rank of each BMP character, {@link Integer#MAX_VALUE} for none. */
    private final int[] bmpRanks;
    /** Supplementary characters with a rank, and their ranks. */
    private final PackedData.Keys supplementary;
    private final int[] supplementaryRanks;
    private final PackedData.Keys rareWords;
    /** For each first character of a rare word, the lengths (code points) of the words it starts, longest first. */
    private final Map<Integer, int[]> lengthsByFirst;

    private CharFrequency(PackedData.Reader packed) {
        this.bmpRanks = packed.ints();
        this.supplementary = packed.keys();
        this.supplementaryRanks = packed.ints();
        this.rareWords = packed.keys();
        int[] firsts = packed.ints();
        int[] starts = packed.ints();
        int[] lengths = packed.ints();
        this.lengthsByFirst = new HashMap<>(firsts.length * 2);
        for (int f = 0; f < firsts.length; f++) {
            lengthsByFirst.put(firsts[f], Arrays.copyOfRange(lengths, starts[f], starts[f + 1]));
        }
    }

    static CharFrequency builtIn() {
        return new CharFrequency(PackedData.resource(CharFrequency.class, PACKED));
    }

    /** The packed form of the two rule files: BMP ranks, supplementary ranks, rare words, their lengths by first character. */
    static PackedData.Writer pack() {
        int[] bmp = new int[Character.MAX_VALUE + 1];
        Arrays.fill(bmp, Integer.MAX_VALUE);
        List<String> supplementary = new ArrayList<>();
        List<Integer> supplementaryRanks = new ArrayList<>();
        for (String line : RuleFile.lines(CharFrequency.class, "char-frequency.tsv")) {
            int tab = line.indexOf('\t');
            int cp = line.codePointAt(0);
            int rank = Integer.parseInt(line.substring(tab + 1));
            if (Character.isBmpCodePoint(cp)) {
                bmp[cp] = rank;
            } else if (!supplementary.contains(Character.toString(cp))) {
                supplementary.add(Character.toString(cp));
                supplementaryRanks.add(rank);
            } else {
                supplementaryRanks.set(supplementary.indexOf(Character.toString(cp)), rank); // a later line wins, as in a map
            }
        }
        List<String> words = List.copyOf(new java.util.LinkedHashSet<>(RuleFile.lines(CharFrequency.class, "rare-words.txt")));
        Map<Integer, TreeSet<Integer>> byFirst = new TreeMap<>();
        for (String w : words) {
            byFirst.computeIfAbsent(w.codePointAt(0), k -> new TreeSet<>(Comparator.reverseOrder())).add(w.codePointCount(0, w.length()));
        }
        int[] firsts = byFirst.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] starts = new int[firsts.length + 1];
        List<Integer> lengths = new ArrayList<>();
        for (int f = 0; f < firsts.length; f++) {
            lengths.addAll(byFirst.get(firsts[f]));
            starts[f + 1] = lengths.size();
        }
        return new PackedData.Writer().ints(bmp).keys(supplementary).ints(supplementaryRanks.stream().mapToInt(Integer::intValue).toArray())
                .keys(words).ints(firsts).ints(starts).ints(lengths.stream().mapToInt(Integer::intValue).toArray());
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
                if (len <= cps.length - i && rareWords.find(cps, i, len) >= 0) {
                    java.util.Arrays.fill(covered, i, i + len, true);
                    break;
                }
            }
        }
        return covered;
    }

    /** The rank of a character, {@link Integer#MAX_VALUE} when it is not in the table. */
    int rank(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return bmpRanks[codePoint];
        }
        int k = supplementary.find(Character.toString(codePoint));
        return k < 0 ? Integer.MAX_VALUE : supplementaryRanks[k];
    }
}
