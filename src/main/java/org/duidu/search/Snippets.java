package org.duidu.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The marked character ranges ({@code [start, end)}) of every match of every phrase in {@code text}. */
    static List<int[]> matches(String text, List<List<Token>> phrases, ScriptFold fold) {
        List<Token> tokens = Tokenization.tokenize(text, fold);
        Map<String, Token> byTermAndPosition = new HashMap<>();
        for (Token token : tokens) {
            byTermAndPosition.put(token.position() + "\u0000" + token.term(), token);
        }
        List<int[]> ranges = new ArrayList<>();
        for (List<Token> phrase : phrases) {
            Token head = phrase.get(0);
            for (Token candidate : tokens) {
                if (!candidate.term().equals(head.term())) {
                    continue;
                }
                int base = candidate.position() - head.position();
                int start = Integer.MAX_VALUE;
                int end = -1;
                boolean all = true;
                for (Token part : phrase) {
                    Token found = byTermAndPosition.get((base + part.position()) + "\u0000" + part.term());
                    if (found == null) {
                        all = false;
                        break;
                    }
                    start = Math.min(start, found.start());
                    end = Math.max(end, found.end());
                }
                if (all) {
                    ranges.add(new int[] {start, end});
                }
            }
        }
        return merge(ranges);
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
