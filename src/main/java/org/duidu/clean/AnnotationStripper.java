package org.duidu.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duidu.config.RuleFile;
import org.duidu.model.Reading;

/**
 * Removes pinyin glued after Han characters ({@code 經(jīng)濟} → {@code 經濟}) and returns the readings.
 * An annotation is removed only when it directly follows a Han character and reads as a pinyin
 * syllable; anything else in brackets is left alone.
 */
final class AnnotationStripper {
    private final List<Pattern> patterns;
    private final Pattern syllable;

    private AnnotationStripper(List<Pattern> patterns, Pattern syllable) {
        this.patterns = patterns;
        this.syllable = syllable;
    }

    static AnnotationStripper builtIn() {
        List<Pattern> patterns = RuleFile.lines(AnnotationStripper.class, "annotation-patterns.txt").stream().map(Pattern::compile).toList();
        Pattern syllable = Pattern.compile(RuleFile.lines(AnnotationStripper.class, "pinyin-syllable.txt").get(0));
        return new AnnotationStripper(patterns, syllable);
    }

    /** Text without annotations, and the readings with code-point offsets into that text. */
    record Result(String text, List<Reading> readings) {
    }

    /**
     * Linear in the text: each pattern's next accepted annotation is remembered until the text
     * reaches it, and code points are counted as the output grows (searching every pattern again from
     * each annotation, and counting the output from its start, made a long paragraph quadratic: issue 9).
     */
    Result strip(String text) {
        StringBuilder out = new StringBuilder();
        List<Reading> readings = new ArrayList<>();
        Matcher[] matchers = new Matcher[patterns.size()];
        // where each pattern's next accepted annotation starts: UNKNOWN until searched, NONE after the last
        int[] next = new int[patterns.size()];
        for (int k = 0; k < matchers.length; k++) {
            matchers[k] = patterns.get(k).matcher(text);
            next[k] = UNKNOWN;
        }
        int pos = 0;
        int codePoints = 0;
        while (true) {
            int best = -1;
            for (int k = 0; k < matchers.length; k++) {
                if (next[k] == UNKNOWN || (next[k] != NONE && next[k] < pos)) {
                    next[k] = accepted(matchers[k], text, pos);
                }
                // ties go to the earlier pattern, as the rules file orders them
                if (next[k] != NONE && (best < 0 || next[k] < next[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            Matcher earliest = matchers[best];
            out.append(text, pos, earliest.start());
            codePoints += text.codePointCount(pos, earliest.start());
            String character = new String(Character.toChars(out.codePointBefore(out.length())));
            readings.add(new Reading(codePoints - 1, character, earliest.group("reading")));
            pos = earliest.end();
        }
        out.append(text, pos, text.length());
        return new Result(out.toString(), readings);
    }

    private static final int UNKNOWN = -2;
    private static final int NONE = -1;

    /**
     * Moves {@code m} to the first annotation at or after {@code from} that follows a Han character and
     * reads as a pinyin syllable; returns its start, or {@link #NONE}.
     */
    private int accepted(Matcher m, String text, int from) {
        int start = from;
        while (m.find(start)) {
            if (m.start() > 0 && isHan(text.codePointBefore(m.start())) && isSyllable(m.group("reading"))) {
                return m.start();
            }
            start = m.start() + 1;
        }
        return NONE;
    }

    private boolean isSyllable(String reading) {
        String bare = Normalizer.normalize(reading.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("[\\u0300-\\u036f&&[^\\u0308]]", "")
                .replace("u\u0308", "ü");
        bare = Normalizer.normalize(bare, Normalizer.Form.NFC).replaceAll("[1-5]$", "");
        return syllable.matcher(bare).matches();
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
