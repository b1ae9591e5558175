package org.duidu.aids;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.duidu.config.PackedData;
import org.duidu.config.RuleFile;

/**
 * Phrase-aware pinyin: the longest phrase at each position (forward maximum matching) over the
 * pinyin library's phrase dictionary with the project's corrections laid over it, and the library's
 * first reading for a character no phrase covers. Corrections take part in the matching itself, so
 * 行长 (háng zhǎng) never splits 银行|长期.
 */
final class PinyinReader {
    /** The library's phrase dictionary, shipped in its jar ({@code 一丁点儿:yī dīng diǎn er}). */
    static final String LIBRARY_PHRASES = "/pinyin_dict_phrase.txt";
    /** The packed phrases and character readings, made when the jar is packaged ({@link PackAids#pinyin}). */
    static final String PACKED = "pinyin.bin";

    /** Every distinct syllable, each reading below being a number in this table. */
    private final String[] readings;
    private final PackedData.Keys phrases;
    /** The syllables of phrase {@code k} are {@code syllables[starts[k]]} … {@code syllables[starts[k + 1] - 1]}. */
    private final int[] starts;
    private final int[] syllables;
    /** The library's first reading of each BMP character (-1: not a Han character). */
    private final int[] charReading;
    private final int longest;

    private PinyinReader(PackedData.Reader packed) {
        this.longest = packed.integer();
        PackedData.Strings table = packed.strings();
        this.readings = new String[table.size()];
        Arrays.setAll(readings, table::get);
        this.phrases = packed.keys();
        this.starts = packed.ints();
        this.syllables = packed.ints();
        this.charReading = packed.ints();
    }

    /** The library's phrases with the built-in corrections ({@code reading-corrections.tsv}) over them. */
    static PinyinReader builtIn() {
        return new PinyinReader(PackedData.resource(PinyinReader.class, PACKED));
    }

    /**
     * A correction of the library's readings.
     *
     * @param phrase   the phrase, in zh-Hans
     * @param readings its pinyin, one syllable per character, separated by spaces
     * @param example  a sentence in which the phrase has these readings (a test reads it)
     */
    record Correction(String phrase, String readings, String example) {
    }

    /** The built-in corrections, in file order. */
    static List<Correction> corrections() {
        List<Correction> out = new ArrayList<>();
        for (String line : RuleFile.lines(PinyinReader.class, "reading-corrections.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("reading-corrections.tsv: expected phrase, readings, example: " + line);
            }
            out.add(new Correction(f[0], f[1], f[2]));
        }
        return out;
    }

    /** The pinyin of every code point of {@code text}, empty where a code point is not a Han character. */
    List<String> read(String text) {
        int[] cps = text.codePoints().toArray();
        String[] out = new String[cps.length];
        Arrays.fill(out, "");
        // every reading is one of the packed table's distinct Strings: a 20 MB paragraph's 6 million
        // readings share a few hundred (one String each was over 300 MB, issue 9)
        int i = 0;
        while (i < cps.length) {
            if (!isHan(cps[i])) {
                i++;
                continue;
            }
            int run = i;
            while (run < cps.length && run - i < longest && isHan(cps[run])) {
                run++;
            }
            int matched = 0;
            for (int len = run - i; len >= 2 && matched == 0; len--) {
                int phrase = phrases.find(cps, i, len);
                if (phrase >= 0) {
                    for (int s = 0; s < len; s++) {
                        out[i + s] = readings[syllables[starts[phrase] + s]];
                    }
                    matched = len;
                }
            }
            if (matched == 0) {
                out[i] = character(cps, i);
                matched = 1;
            }
            i += matched;
        }
        return List.of(out);
    }

    /** A single character's reading: a one-character correction, else the library's first reading. */
    private String character(int[] cps, int i) {
        int cp = cps[i];
        int own = phrases.find(cps, i, 1);
        if (own >= 0) {
            return readings[syllables[starts[own]]];
        }
        if (Character.isSupplementaryCodePoint(cp)) {
            return "";
        }
        int reading = charReading[cp];
        return reading < 0 ? "" : readings[reading];
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
