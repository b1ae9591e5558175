package org.duidu.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the characters that differ between two editions of a paragraph. Conversion keeps runs
 * aligned (same kinds, same lengths in practice); where a pair of runs differs in length, the
 * whole run pair is marked, which is rare and still honest.
 */
final class Differ {
    /**
     * Longest paragraph (chars) whose differing characters are marked one by one. Beyond it (a 20 MB
     * seed on one line) the marks alone would take hundreds of megabytes, so it is shown unmarked.
     */
    static final int MAX_MARKED = 100_000;

    private Differ() {
    }

    @SuppressWarnings("unchecked")
    static List<Views.Run>[] mark(List<Views.Run> left, List<Views.Run> right) {
        if (left.size() != right.size()) {
            return new List[] {left, right};
        }
        if (left.stream().mapToLong(x -> x.text().length()).sum() > MAX_MARKED) {
            return new List[] {left, right};
        }
        List<Views.Run> l = new ArrayList<>();
        List<Views.Run> r = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            Views.Run a = left.get(i);
            Views.Run b = right.get(i);
            if (!a.kind().equals("text") || !b.kind().equals("text")) {
                l.add(a);
                r.add(b);
                continue;
            }
            int[] x = a.text().codePoints().toArray();
            int[] y = b.text().codePoints().toArray();
            if (x.length != y.length) {
                l.add(new Views.Run("diff", a.text(), ""));
                r.add(new Views.Run("diff", b.text(), ""));
                continue;
            }
            split(x, y, l);
            split(y, x, r);
        }
        return new List[] {l, r};
    }

    /** Appends runs of {@code x}, alternating text and diff where {@code x} and {@code y} disagree. */
    private static void split(int[] x, int[] y, List<Views.Run> out) {
        int start = 0;
        for (int i = 1; i <= x.length; i++) {
            boolean boundary = i == x.length || (x[i] != y[i]) != (x[start] != y[start]);
            if (boundary) {
                out.add(new Views.Run(x[start] != y[start] ? "diff" : "text", new String(x, start, i - start), ""));
                start = i;
            }
        }
    }
}
