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

    Result strip(String text) {
        StringBuilder out = new StringBuilder();
        List<Reading> readings = new ArrayList<>();
        int pos = 0;
        while (true) {
            Matcher earliest = earliestAnnotation(text, pos);
            if (earliest == null) {
                break;
            }
            out.append(text, pos, earliest.start());
            int annotated = out.codePointCount(0, out.length()) - 1;
            String character = new String(Character.toChars(out.codePointBefore(out.length())));
            readings.add(new Reading(annotated, character, earliest.group("reading")));
            pos = earliest.end();
        }
        out.append(text, pos, text.length());
        return new Result(out.toString(), readings);
    }

    /** The first annotation at or after {@code from} that any pattern accepts, or null. */
    private Matcher earliestAnnotation(String text, int from) {
        Matcher best = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            int start = from;
            while (m.find(start)) {
                if (m.start() > 0 && isHan(text.codePointBefore(m.start())) && isSyllable(m.group("reading"))) {
                    if (best == null || m.start() < best.start()) {
                        best = m;
                    }
                    break;
                }
                start = m.start() + 1;
            }
        }
        return best;
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
