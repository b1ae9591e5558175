package org.duidu.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where another form of a paragraph says something the fold cannot map onto the zh-Hans text
 * (a Taiwan word such as 最佳化 for 优化, a glossary rule that changes length), so that the indexer
 * can add just those passages, with enough context that every short substring around them is found.
 * Indexing whole second copies would double the term frequencies and length of such paragraphs and
 * skew their ranking.
 */
final class FormDifferences {
    /** Context kept around a difference: the longest substring the findability guarantee covers. */
    static final int CONTEXT = 8;

    private FormDifferences() {
    }

    /**
     * Passages of {@code other} (as {@code [start, end)} offsets) that must be indexed besides
     * {@code main}: empty when both fold alike segment by segment (segments being runs of letters
     * and digits); the whole of {@code other} when their segments do not line up.
     */
    static List<int[]> passages(String main, String other, ScriptFold fold) {
        List<int[]> mainSegments = segments(main, fold);
        List<int[]> otherSegments = segments(other, fold);
        if (mainSegments.size() != otherSegments.size()) {
            return List.of(new int[] {0, other.length()});
        }
        List<int[]> passages = new ArrayList<>();
        for (int i = 0; i < mainSegments.size(); i++) {
            int[] m = mainSegments.get(i);
            int[] o = otherSegments.get(i);
            if (fold.fold(main.substring(m[0], m[1])).equals(fold.fold(other.substring(o[0], o[1])))) {
                continue;
            }
            int start = Math.max(0, o[0] - CONTEXT);
            int end = Math.min(other.length(), o[1] + CONTEXT);
            int[] last = passages.isEmpty() ? null : passages.get(passages.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                passages.add(new int[] {start, end});
            }
        }
        for (int[] passage : passages) {
            // never cut a surrogate pair
            if (passage[0] > 0 && Character.isLowSurrogate(other.charAt(passage[0]))) {
                passage[0]--;
            }
            if (passage[1] < other.length() && Character.isLowSurrogate(other.charAt(passage[1]))) {
                passage[1]++;
            }
        }
        return passages;
    }

    /** Whether a fold has a letter or digit: a loop, not a stream per character (a tenth of a large seed's index time). */
    private static boolean foldsToLetterOrDigit(String folded) {
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (Tokenization.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Runs of source characters whose folds are letters or digits, as offsets. */
    private static List<int[]> segments(String text, ScriptFold fold) {
        List<int[]> segments = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean unit = foldsToLetterOrDigit(fold.fold(cp));
            if (unit && start < 0) {
                start = i;
            } else if (!unit && start >= 0) {
                segments.add(new int[] {start, i});
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            segments.add(new int[] {start, text.length()});
        }
        return segments;
    }
}
