package org.duidu.convert;

import com.github.houbb.opencc4j.support.segment.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text for OpenCC4j's converter: the longest phrase key at each position is one unit, and the
 * characters between phrases form runs that OpenCC4j converts character by character. Optionally
 * normalises every character first (reverse regional variants), so units come out normalised.
 * A supplementary character is never split. Stateless and thread-safe.
 */
final class MaxMatchSegment implements Segment {
    private final PackedPhrases phrases;
    private final char[] normalizer;

    MaxMatchSegment(PackedPhrases tables) {
        this.phrases = tables;
        this.normalizer = tables.normalizer();
    }

    @Override
    public List<String> seg(String text) {
        char[] t = text.toCharArray();
        if (normalizer != null) {
            for (int i = 0; i < t.length; i++) {
                t[i] = normalizer[t[i]];
            }
        }
        List<String> units = new ArrayList<>(Math.max(4, t.length / 3));
        int run = 0;
        int i = 0;
        while (i < t.length) {
            int len = phrases.longest(t, i, t.length);
            if (len > 0) {
                if (run < i) {
                    units.add(new String(t, run, i - run));
                }
                units.add(new String(t, i, len));
                i += len;
                run = i;
            } else {
                i += Character.isHighSurrogate(t[i]) && i + 1 < t.length && Character.isLowSurrogate(t[i + 1]) ? 2 : 1;
            }
        }
        if (run < t.length) {
            units.add(new String(t, run, t.length - run));
        }
        return units;
    }
}
