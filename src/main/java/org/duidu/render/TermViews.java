package org.duidu.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duidu.model.Aids;
import org.duidu.model.ChineseTypography;
import org.duidu.model.Edition;
import org.duidu.model.Interview;
import org.duidu.model.Paragraph;
import org.duidu.model.UrlScheme;

/** The views of the terms pages: one per interview (keyword in context) and the site-wide index. */
final class TermViews {
    /** How many characters of context a keyword-in-context line shows on each side. */
    private static final int CONTEXT = 12;
    /** How many characters of an interview's title the index shows. */
    private static final int TITLE = 14;

    private TermViews() {
    }

    /**
     * The terms of one interview in an edition as the site-wide index needs them (forms, counts,
     * anchors; no search links, which {@link #page} and the index make from the forms, and no
     * keyword-in-context lines): what the interview's summary keeps, held for every interview through
     * a build (a term's search link was a tenth of it).
     *
     * @param url the interview's page in {@code e} ({@link UrlScheme#interview}), the string its story holds
     */
    static Views.InterviewTerms lean(Interview interview, Aids aids, Edition e, String url) {
        List<Views.TermEntry> byFirst = new ArrayList<>();
        int n = 0;
        for (Aids.Term term : aids.terms()) {
            String text = term.in(e);
            // the id is interned: every interview's summary holds one per term and edition ("t1", "t2", …), to the build's end
            byFirst.add(new Views.TermEntry(("t" + ++n).intern(), text, term.in(e.other()), term.kind().equals("quoted"), term.occurrences(e).size(),
                    "", List.of()));
        }
        return new Views.InterviewTerms(interview.metadata().title(), url, UrlScheme.interviewTerms(e, interview.slug()), List.of(), byFirst);
    }

    /**
     * The terms page of one interview: its {@link #lean} terms (the n-th entry is the n-th of
     * {@code aids.terms()}) with every occurrence as a keyword-in-context line, in both orders.
     */
    static Views.InterviewTerms page(Views.InterviewTerms lean, Interview interview, Aids aids, Edition e) {
        // the occurrences by paragraph, so each paragraph's code points are made once (not once per occurrence:
        // quadratic in a long paragraph) and only one paragraph's are held at a time (a 20 MB line, issue 9)
        Map<Integer, List<int[]>> byParagraph = new HashMap<>();
        Views.Kwic[][] lines = new Views.Kwic[lean.byFirst().size()][];
        for (int i = 0; i < lines.length; i++) {
            List<Aids.Occurrence> occurrences = aids.terms().get(i).occurrences(e);
            lines[i] = new Views.Kwic[occurrences.size()];
            for (int k = 0; k < occurrences.size(); k++) {
                byParagraph.computeIfAbsent(occurrences.get(k).paragraph(), n -> new ArrayList<>()).add(new int[] {i, k});
            }
        }
        for (Paragraph p : interview.paragraphs()) {
            List<int[]> here = byParagraph.getOrDefault(p.number(), List.of());
            if (here.isEmpty()) {
                continue;
            }
            // walked in the text in offset order, never as an array of its code points (a 20 MB line is a 27 MB int[], issue 9)
            here.sort(Comparator.comparingInt(at -> aids.terms().get(at[0]).occurrences(e).get(at[1]).offset()));
            Cursor text = new Cursor(ChineseTypography.fullWidthPunctuation(p.text()));
            for (int[] at : here) {
                Views.TermEntry entry = lean.byFirst().get(at[0]);
                Aids.Occurrence o = aids.terms().get(at[0]).occurrences(e).get(at[1]);
                lines[at[0]][at[1]] = kwic(lean.url(), o, entry.text().codePointCount(0, entry.text().length()), text);
            }
        }
        List<Views.TermEntry> byFirst = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Views.TermEntry entry = lean.byFirst().get(i);
            for (int k = 0; k < lines[i].length; k++) {
                if (lines[i][k] == null) { // (none is: the aids find occurrences in its paragraphs) made on no text, as before
                    lines[i][k] = kwic(lean.url(), aids.terms().get(i).occurrences(e).get(k), 0, new Cursor(""));
                }
            }
            byFirst.add(new Views.TermEntry(entry.id(), entry.text(), entry.other(), entry.quoted(), entry.count(), search(e, entry.text()),
                    List.of(lines[i])));
        }
        List<Views.TermEntry> byFrequency = new ArrayList<>(byFirst);
        byFrequency.sort(Comparator.comparingInt(Views.TermEntry::count).reversed()); // stable: ties keep first appearance
        return new Views.InterviewTerms(lean.title(), lean.url(), lean.termsUrl(), byFrequency, byFirst);
    }

    /**
     * A paragraph's text walked by code point: {@link #at} moves on from where it last was, so a
     * paragraph's occurrences in offset order cost one pass over it (not one per occurrence).
     */
    private static final class Cursor {
        private final String text;
        private final int length;
        private int index;
        private int offset;

        Cursor(String text) {
            this.text = text;
            this.length = text.codePointCount(0, text.length());
        }

        /** The char index of the code point at {@code target} (at most {@link #length}). */
        int at(int target) {
            if (target < offset) { // (not reached in offset order; still right)
                index = text.offsetByCodePoints(index, target - offset);
                offset = target;
            }
            while (offset < target && index < text.length()) {
                index += Character.charCount(text.codePointAt(index));
                offset++;
            }
            return index;
        }
    }

    /** The keyword-in-context line of an occurrence of a term {@code length} code points long in a paragraph's text. */
    private static Views.Kwic kwic(String url, Aids.Occurrence o, int length, Cursor text) {
        int start = Math.min(text.length, o.offset());
        int end = Math.min(text.length, o.offset() + length);
        int from = Math.min(start, Math.max(0, o.offset() - CONTEXT));
        int to = Math.min(text.length, end + CONTEXT);
        int fromIndex = text.at(from);
        int startIndex = text.text.offsetByCodePoints(fromIndex, start - from);
        int endIndex = text.text.offsetByCodePoints(startIndex, end - start);
        int toIndex = text.text.offsetByCodePoints(endIndex, to - end);
        return new Views.Kwic(url + "#p" + o.paragraph(), o.paragraph(),
                (from > 0 ? "…" : "") + text.text.substring(fromIndex, startIndex), text.text.substring(startIndex, endIndex),
                text.text.substring(endIndex, toIndex) + (to < text.length ? "…" : ""));
    }

    /**
     * How many interviews a row of the site-wide index links to; the rest are counted and found by the
     * term's search. Without a cap the index grows with terms × interviews: a term every interview of a
     * 1,000-interview archive uses made a 2.7 MB page, re-rendered whenever a term changed anywhere.
     */
    static final int WHERE = 10;

    /** The site-wide index: every term of every interview, most frequent first, with the first interviews it occurs in. */
    static List<Views.TermRow> index(List<Views.InterviewTerms> interviews, Edition e) {
        Map<String, List<Views.Link>> where = new LinkedHashMap<>();
        Map<String, Integer> interviewCounts = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> others = new HashMap<>();
        for (Views.InterviewTerms i : interviews) {
            String label = null; // one per interview, shared by its links (a 100,000-interview index has 300,000 of them)
            for (Views.TermEntry t : i.byFirst()) {
                List<Views.Link> links = where.computeIfAbsent(t.text(), k -> new ArrayList<>());
                if (links.size() < WHERE) {
                    label = label == null ? shortTitle(i.title()) : label;
                    links.add(new Views.Link(t.id(), label, i.termsUrl() + "#" + t.id()));
                }
                interviewCounts.merge(t.text(), 1, Integer::sum);
                counts.merge(t.text(), t.count(), Integer::sum);
                others.putIfAbsent(t.text(), t.other());
            }
        }
        List<Views.TermRow> rows = new ArrayList<>();
        where.forEach((text, links) -> rows.add(new Views.TermRow(text, others.get(text), counts.get(text), List.copyOf(links),
                interviewCounts.get(text) - links.size(), search(e, text))));
        rows.sort(Comparator.comparingInt(Views.TermRow::count).reversed());
        return rows;
    }

    private static String shortTitle(String title) {
        int[] cps = title.codePoints().toArray();
        return cps.length <= TITLE ? title : new String(cps, 0, TITLE) + "…";
    }

    private static String search(Edition e, String text) {
        return UrlScheme.search(e) + "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
