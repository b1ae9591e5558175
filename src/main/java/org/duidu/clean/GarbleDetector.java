package org.duidu.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Inline;
import org.duidu.model.SourceSpan;

/**
 * Finds mojibake in text: runs of Han characters far rarer than language allows (a unigram frequency
 * model over sliding windows, thresholds in {@code garble-rules.properties}), extended over the
 * debris mojibake leaves at its edges (a lost byte shown as {@code ?} or U+FFFD, an annotation that
 * lost its opening bracket). When the run is GBK decoded one byte out of step, it proposes the
 * re-synchronised reading.
 */
final class GarbleDetector {
    private static final Charset GBK = Charset.forName("GBK");
    private static final int REPLACEMENT = 0xFFFD;

    private final CharFrequency frequency;
    private final int window;
    private final int rareRank;
    private final int minRare;
    private final int bridge;

    private GarbleDetector(CharFrequency frequency, int window, int rareRank, int minRare, int bridge) {
        this.frequency = frequency;
        this.window = window;
        this.rareRank = rareRank;
        this.minRare = minRare;
        this.bridge = bridge;
    }

    static GarbleDetector builtIn() {
        Properties p = new Properties();
        try (InputStream in = GarbleDetector.class.getResourceAsStream("garble-rules.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GarbleDetector(CharFrequency.builtIn(), Integer.parseInt(p.getProperty("window")),
                Integer.parseInt(p.getProperty("rareRank")), Integer.parseInt(p.getProperty("minRare")),
                Integer.parseInt(p.getProperty("bridge")));
    }

    /**
     * Splits text into plain and garbled runs, reporting each garbled run.
     *
     * @param text  the raw text of a run
     * @param start where the text starts in the seed
     */
    List<Inline> split(String text, SourceSpan start, Diagnostics diagnostics) {
        int[] cps = text.codePoints().toArray();
        List<int[]> spans = find(cps);
        List<Inline> out = new ArrayList<>();
        int pos = 0;
        for (int[] span : spans) {
            if (span[0] > pos) {
                out.add(new Inline.Text(new String(cps, pos, span[0] - pos)));
            }
            String garbled = new String(cps, span[0], span[1] - span[0]);
            String suggestion = resynchronised(garbled);
            SourceSpan at = start.advance(span[0]);
            diagnostics.warning("garbled-text", at, "garbled text '" + garbled + "'"
                    + (suggestion.isEmpty() ? "" : " (GBK bytes decoded out of step? re-synchronised it reads '" + suggestion + "')")
                    + "; add an erratum {find:, replace:} to the seed's sidecar to correct it");
            out.add(new Inline.Garbled(garbled, at, suggestion));
            pos = span[1];
        }
        if (pos < cps.length) {
            out.add(new Inline.Text(new String(cps, pos, cps.length - pos)));
        }
        return out;
    }

    /** Whether a window of {@link #window} letters holds at least {@link #minRare} rare ones. */
    private boolean anyGarbledWindow(boolean[] rare, boolean[] letter) {
        for (int i = 0; i + window <= rare.length; i++) {
            if (garbledWindow(rare, letter, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the window at {@code i} is all letters with at least {@link #minRare} rare ones. */
    private boolean garbledWindow(boolean[] rare, boolean[] letter, int i) {
        int rareCount = 0;
        boolean allHan = true;
        for (int j = i; j < i + window && allHan; j++) {
            allHan = letter[j];
            if (rare[j]) {
                rareCount++;
            }
        }
        return allHan && rareCount >= minRare;
    }

    /** Garbled spans as [start, end) code-point index pairs, in order, not overlapping. */
    List<int[]> find(int[] cps) {
        boolean[] flagged = new boolean[cps.length];
        boolean[] rare = new boolean[cps.length];
        boolean[] letter = new boolean[cps.length];
        for (int i = 0; i < cps.length; i++) {
            // kana and hangul inside Chinese text are mojibake debris: they count as rare letters
            boolean foreign = isForeignLetter(cps[i]);
            letter[i] = AnnotationStripper.isHan(cps[i]) || foreign;
            rare[i] = foreign || frequency.rank(cps[i]) > rareRank;
        }
        // a word of rare characters (魑魅魍魎) only makes characters less rare: where no window is garbled
        // with every rare character counted, none is with the words known, and the words (a lookup at
        // every character) need not be looked for, as in almost every paragraph
        if (anyGarbledWindow(rare, letter)) {
            boolean[] inWords = frequency.inRareWords(cps);
            for (int i = 0; i < cps.length; i++) {
                rare[i] &= isForeignLetter(cps[i]) || !inWords[i];
            }
        }
        for (int i = 0; i + window <= cps.length; i++) {
            if (garbledWindow(rare, letter, i)) {
                // only the rare stretch of the window is garbled for sure: trim common characters at its edges
                int from = i;
                int to = i + window;
                while (from < to && !rare[from]) {
                    from++;
                }
                while (to > from && !rare[to - 1]) {
                    to--;
                }
                for (int j = from; j < to; j++) {
                    flagged[j] = true;
                }
            }
            if (cps[i] == REPLACEMENT) {
                flagged[i] = true;
            }
        }
        for (int i = Math.max(0, cps.length - window + 1); i < cps.length; i++) {
            if (cps[i] == REPLACEMENT) {
                flagged[i] = true;
            }
        }
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            if (!flagged[i]) {
                continue;
            }
            int end = i;
            while (end < cps.length && flagged[end]) {
                end++;
            }
            spans.add(new int[] {extendLeft(cps, i), extendRight(cps, end)});
            i = end;
        }
        return merged(spans);
    }

    /** Extends a span's start over nearby debris: lost bytes and annotation remains such as {@code shù)}. */
    private int extendLeft(int[] cps, int start) {
        int s = start;
        for (int k = 1; k <= bridge && s - k >= 0; k++) {
            int at = s - k;
            if (isDebris(cps[at])) {
                int debris = at;
                // an annotation remnant: latin letters before ')'
                while (debris - 1 >= 0 && isPinyinLetter(cps[debris - 1])) {
                    debris--;
                }
                if (debris - 1 >= 0 && (cps[debris - 1] == '?' || cps[debris - 1] == REPLACEMENT)) {
                    debris--;
                }
                s = debris;
                k = 0;
            }
        }
        return s;
    }

    private int extendRight(int[] cps, int end) {
        int e = end;
        while (e < cps.length && e - end < bridge && (cps[e] == '?' || cps[e] == REPLACEMENT)) {
            e++;
        }
        return e;
    }

    private static boolean isForeignLetter(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    private static boolean isDebris(int cp) {
        return cp == '?' || cp == REPLACEMENT || cp == ')';
    }

    private static boolean isPinyinLetter(int cp) {
        return (cp >= 'a' && cp <= 'z') || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".indexOf(cp) >= 0;
    }

    private static List<int[]> merged(List<int[]> spans) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            if (!out.isEmpty() && s[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], s[1]);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The text the Han characters of a garbled run become when their GBK bytes are read one byte later,
     * if that reads as more frequent language; else empty.
     */
    String resynchronised(String garbled) {
        StringBuilder han = new StringBuilder();
        garbled.codePoints().filter(AnnotationStripper::isHan).forEach(han::appendCodePoint);
        if (han.length() < 2) {
            return "";
        }
        byte[] bytes;
        try {
            ByteBuffer encoded = GBK.newEncoder().encode(CharBuffer.wrap(han));
            bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
        } catch (CharacterCodingException e) {
            return "";
        }
        String shifted;
        try {
            shifted = GBK.newDecoder().onMalformedInput(CodingErrorAction.IGNORE).onUnmappableCharacter(CodingErrorAction.IGNORE)
                    .decode(ByteBuffer.wrap(bytes, 1, bytes.length - 1)).toString();
        } catch (CharacterCodingException e) {
            return "";
        }
        return rarity(shifted) < rarity(han.toString()) / 2 ? shifted : "";
    }

    /** Share of rare characters among the Han characters of a text. */
    private double rarity(String s) {
        long han = s.codePoints().filter(AnnotationStripper::isHan).count();
        if (han == 0) {
            return 1;
        }
        return s.codePoints().filter(AnnotationStripper::isHan).filter(cp -> frequency.rank(cp) > rareRank).count() / (double) han;
    }
}
