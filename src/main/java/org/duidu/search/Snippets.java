package org.duidu.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Highlights and fragments, the same way {@code search.js} does: the characters of every match of a
 * query word are marked, and the fragment is about {@value #TARGET} characters starting at the
 * clause of the first match and ending on Chinese punctuation.
 */
final class Snippets {
    static final int WHOLE = 100;
    static final int TARGET = 80;
    static final int LEAD_IN = 20;
    static final int MAX_LEAD_IN = 30;
    static final int MIN = 40;
    static final int MAX = 110;
    /** Characters after which a fragment may start or end. */
    static final String CLAUSE_ENDS = "。！？；，、：…!?;,:";

    private Snippets() {
    }

    /**
     * The marked character ranges ({@code [start, end)}) of every match of every phrase in {@code text}.
     * The text's tokens stream past a window as wide as the longest phrase: a paragraph of any length
     * is matched in the memory of its matches (issue 9: a 20 MB paragraph).
     */
    static List<int[]> matches(String text, List<List<Token>> phrases, ScriptFold fold) {
        Window window = new Window(phrases);
        TokenCursor cursor = new TokenCursor(fold).reset(new StringReader(text));
        try {
            while (cursor.next()) {
                window.add(cursor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
        window.finish();
        return merge(window.ranges);
    }

    /** The tokens of the last few positions (a ring), and the matches of phrases that start where it drops one. */
    private static final class Window {
        private final List<List<Token>> phrases;
        private final int slots;
        private final int[] position;
        private final String[][] terms;
        private final int[][] starts;
        private final int[][] ends;
        private int last = -1;
        final List<int[]> ranges = new ArrayList<>();

        Window(List<List<Token>> phrases) {
            this.phrases = phrases.stream().filter(p -> !p.isEmpty()).toList();
            int span = 0;
            for (List<Token> phrase : this.phrases) {
                for (Token part : phrase) {
                    span = Math.max(span, part.position());
                }
            }
            slots = span + 1;
            position = new int[slots];
            java.util.Arrays.fill(position, -1);
            // at each position a unigram and at most one bigram
            terms = new String[slots][2];
            starts = new int[slots][2];
            ends = new int[slots][2];
        }

        void add(TokenCursor token) {
            int p = token.position();
            int slot = p % slots;
            if (p != last) {
                if (p - slots >= 0) {
                    match(p - slots); // its slot is about to be reused: every token its phrases need has been seen
                }
                position[slot] = p;
                terms[slot][1] = null;
                last = p;
            }
            int k = token.kind() == Token.Kind.UNIGRAM ? 0 : 1;
            terms[slot][k] = token.term();
            starts[slot][k] = token.start();
            ends[slot][k] = token.end();
        }

        void finish() {
            for (int base = Math.max(0, last - slots + 1); base <= last; base++) {
                match(base);
            }
        }

        /** Adds the matches of every phrase whose head is at {@code base}. */
        private void match(int base) {
            for (List<Token> phrase : phrases) {
                int start = Integer.MAX_VALUE;
                int end = -1;
                boolean all = true;
                for (Token part : phrase) {
                    int at = base + part.position() - phrase.get(0).position();
                    int slot = at % slots;
                    int k = part.kind() == Token.Kind.UNIGRAM ? 0 : 1;
                    if (at > last || position[slot] != at || !part.term().equals(terms[slot][k])) {
                        all = false;
                        break;
                    }
                    start = Math.min(start, starts[slot][k]);
                    end = Math.max(end, ends[slot][k]);
                }
                if (all) {
                    ranges.add(new int[] {start, end});
                }
            }
        }
    }

    /** The fragment of {@code text} around the first match, as HTML with {@code <mark>}. */
    static String html(String text, List<int[]> marks) {
        int[] window = window(text, marks);
        StringBuilder out = new StringBuilder();
        if (window[0] > 0) {
            out.append('…');
        }
        int at = window[0];
        for (int[] mark : marks) {
            int s = Math.max(mark[0], window[0]);
            int e = Math.min(mark[1], window[1]);
            if (s >= e) {
                continue;
            }
            escape(text, at, s, out);
            out.append("<mark>");
            escape(text, s, e, out);
            out.append("</mark>");
            at = e;
        }
        escape(text, at, window[1], out);
        if (window[1] < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /** {@code [start, end)} of the fragment. */
    static int[] window(String text, List<int[]> marks) {
        int length = text.length();
        if (length <= WHOLE) {
            return new int[] {0, length};
        }
        int first = marks.isEmpty() ? 0 : marks.get(0)[0];
        int firstEnd = marks.isEmpty() ? 0 : marks.get(0)[1];
        int start = 0;
        for (int i = 0; i < first; i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
            }
        }
        if (first - start > MAX_LEAD_IN) {
            start = snap(text, first - LEAD_IN);
        }
        int target = start + TARGET;
        int end = -1;
        for (int b = Math.max(firstEnd, start + MIN); b <= Math.min(length, start + MAX); b++) {
            boolean boundary = b == length || CLAUSE_ENDS.indexOf(text.charAt(b - 1)) >= 0;
            if (boundary && (end < 0 || Math.abs(b - target) < Math.abs(end - target))) {
                end = b;
            }
        }
        if (end < 0) {
            end = snap(text, Math.min(length, Math.max(firstEnd, target)));
        }
        if (end - start < MIN && start > 0) {
            // the match is near the end: reach back instead, again to a clause start
            int best = -1;
            for (int b = start; b >= Math.max(0, end - MAX); b--) {
                boolean boundary = b == 0 || CLAUSE_ENDS.indexOf(text.charAt(b - 1)) >= 0;
                if (boundary && (best < 0 || Math.abs(end - b - TARGET) < Math.abs(end - best - TARGET))) {
                    best = b;
                }
            }
            start = best >= 0 ? best : snap(text, Math.max(0, end - TARGET));
        }
        return new int[] {start, end};
    }

    /** Moves an offset off the second half of a surrogate pair. */
    private static int snap(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset - 1 : offset;
    }

    private static List<int[]> merge(List<int[]> ranges) {
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new int[] {range[0], range[1]});
            }
        }
        return merged;
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
