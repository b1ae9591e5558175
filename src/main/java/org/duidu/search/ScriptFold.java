package org.duidu.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The character fold shared by the index, the query and {@code search.js}: NFKC (full-width and
 * compatibility forms), lower case, then each Han character to the representative of its
 * Traditional/Simplified variant class ({@code fold.tsv}). Applied per code point, so that every
 * folded character knows which source characters it came from (needed for exact highlights).
 */
final class ScriptFold {
    private static final String TABLE_RESOURCE = "fold.tsv";

    /** Marks a BMP code point whose fold is not a single code point (computed on each use). */
    private static final int NOT_SINGLE = -1;
    /** Marks a BMP code point not folded yet. */
    private static final int UNKNOWN = -2;

    private final Map<Integer, Integer> variants;
    /**
     * The fold of each BMP code point that folds to a single one, computed on first use: NFKC per
     * character is slow, and analysis folds every character of every paragraph, but folding all
     * 65,536 up front cost a cold {@code duidu search} a tenth of a second for the handful of
     * characters a query has. A memo of a pure function: threads that race on an entry compute
     * the same value, and an int write is atomic.
     */
    private final int[] bmp = new int[Character.MAX_VALUE + 1];

    private ScriptFold(Map<Integer, Integer> variants) {
        this.variants = variants;
        java.util.Arrays.fill(bmp, UNKNOWN);
    }

    private int bmpFold(int cp) {
        int known = bmp[cp];
        if (known == UNKNOWN) {
            String folded = slowFold(cp);
            known = folded.length() == 1 ? folded.charAt(0) : NOT_SINGLE;
            bmp[cp] = known;
        }
        return known;
    }

    /** The fold defined by the bundled table. */
    static ScriptFold standard() {
        return Holder.STANDARD;
    }

    /** Folds one code point; the result may be several code points (NFKC of ㍿ is 株式会社). */
    String fold(int codePoint) {
        int single = codePoint <= Character.MAX_VALUE ? bmpFold(codePoint) : NOT_SINGLE;
        if (single != NOT_SINGLE) {
            return String.valueOf((char) single);
        }
        return slowFold(codePoint);
    }

    private String slowFold(int codePoint) {
        String single = new String(Character.toChars(codePoint));
        String normalized = Normalizer.normalize(single, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> out.appendCodePoint(variants.getOrDefault(cp, cp)));
        return out.toString();
    }

    /** Folds a whole string, code point by code point. */
    String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            int single = cp <= Character.MAX_VALUE ? bmpFold(cp) : NOT_SINGLE;
            if (single != NOT_SINGLE) {
                out.append((char) single);
            } else {
                out.append(slowFold(cp));
            }
        }
        return out.toString();
    }

    /** The variant table (variant code point to representative), as {@code search.js} receives it. */
    Map<Integer, Integer> variants() {
        return variants;
    }

    private static Map<Integer, Integer> load() {
        try (InputStream in = ScriptFold.class.getResourceAsStream(TABLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/duidu/search/" + TABLE_RESOURCE);
            }
            Map<Integer, Integer> table = new TreeMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                table.put(line.codePointAt(0), line.codePointAt(tab + 1));
            }
            return Collections.unmodifiableMap(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the table once, on first use; the map is immutable. */
    private static final class Holder {
        static final ScriptFold STANDARD = new ScriptFold(load());
    }
}
