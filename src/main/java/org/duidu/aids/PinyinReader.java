package org.duidu.aids;

import com.github.houbb.pinyin.util.PinyinHelper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duidu.config.RuleFile;

/**
 * Phrase-aware pinyin: the longest phrase at each position (forward maximum matching) over the
 * pinyin library's phrase dictionary with the project's corrections laid over it, and the library's
 * first reading for a character no phrase covers. Corrections take part in the matching itself, so
 * 行长 (háng zhǎng) never splits 银行|长期.
 */
final class PinyinReader {
    /** The library's phrase dictionary, shipped in its jar ({@code 一丁点儿:yī dīng diǎn er}). */
    private static final String LIBRARY_PHRASES = "/pinyin_dict_phrase.txt";

    private final Map<String, String[]> phrases;
    private final int longest;

    private PinyinReader(Map<String, String[]> phrases) {
        this.phrases = phrases;
        this.longest = phrases.keySet().stream().mapToInt(k -> k.codePointCount(0, k.length())).max().orElse(1);
    }

    /** The library's phrases with the built-in corrections ({@code reading-corrections.tsv}) over them. */
    static PinyinReader builtIn() {
        Map<String, String[]> phrases = new HashMap<>(64_000);
        try (InputStream in = PinyinHelper.class.getResourceAsStream(LIBRARY_PHRASES)) {
            if (in == null) {
                throw new IllegalStateException("the pinyin library's phrase dictionary " + LIBRARY_PHRASES + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    add(phrases, line.substring(0, colon), line.substring(colon + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Correction c : corrections()) {
            add(phrases, c.phrase(), c.readings());
        }
        return new PinyinReader(phrases);
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

    private static void add(Map<String, String[]> phrases, String phrase, String readings) {
        String[] syllables = readings.strip().split("\\s+");
        // a phrase whose readings do not cover it syllable by character cannot be placed: skip it
        if (syllables.length == phrase.codePointCount(0, phrase.length())) {
            phrases.put(phrase, syllables);
        }
    }

    /** The pinyin of every code point of {@code text}, empty where a code point is not a Han character. */
    List<String> read(String text) {
        int[] cps = text.codePoints().toArray();
        String[] out = new String[cps.length];
        Arrays.fill(out, "");
        // one String per distinct character: the library makes a new one at each call, and a 20 MB
        // paragraph's 6 million readings were 6 million Strings (over 300 MB, issue 9)
        Map<Integer, String> read = new HashMap<>();
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
                String[] syllables = phrases.get(new String(cps, i, len));
                if (syllables != null) {
                    System.arraycopy(syllables, 0, out, i, len);
                    matched = len;
                }
            }
            if (matched == 0) {
                out[i] = read.computeIfAbsent(cps[i], this::character);
                matched = 1;
            }
            i += matched;
        }
        return List.of(out);
    }

    /** A single character's reading: a one-character correction, else the library's first reading. */
    private String character(int cp) {
        String[] own = phrases.get(new String(Character.toChars(cp)));
        if (own != null) {
            return own[0];
        }
        if (Character.isSupplementaryCodePoint(cp)) {
            return "";
        }
        List<String> all = PinyinHelper.toPinyinList((char) cp);
        return all == null || all.isEmpty() ? "" : all.get(0);
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
