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
     * anchors, searches; no keyword-in-context lines): what the interview's summary keeps.
     */
    static Views.InterviewTerms lean(Interview interview, Aids aids, Edition e) {
        List<Views.TermEntry> byFirst = new ArrayList<>();
        int n = 0;
        for (Aids.Term term : aids.terms()) {
            String text = term.in(e);
            byFirst.add(new Views.TermEntry("t" + ++n, text, term.in(e.other()), term.kind().equals("quoted"), term.occurrences(e).size(),
                    search(e, text), List.of()));
        }
        return new Views.InterviewTerms(interview.metadata().title(), UrlScheme.interview(e, interview.slug()),
                UrlScheme.interviewTerms(e, interview.slug()), List.of(), byFirst);
    }

    /**
     * The terms page of one interview: its {@link #lean} terms (the n-th entry is the n-th of
     * {@code aids.terms()}) with every occurrence as a keyword-in-context line, in both orders.
     */
    static Views.InterviewTerms page(Views.InterviewTerms lean, Interview interview, Aids aids, Edition e) {
        // code points once per paragraph, not once per occurrence (quadratic in a long paragraph: issue 9)
        Map<Integer, int[]> texts = new HashMap<>();
        for (Paragraph p : interview.paragraphs()) {
            texts.put(p.number(), ChineseTypography.fullWidthPunctuation(p.text()).codePoints().toArray());
        }
        List<Views.TermEntry> byFirst = new ArrayList<>();
        for (int i = 0; i < lean.byFirst().size(); i++) {
            Views.TermEntry entry = lean.byFirst().get(i);
            Aids.Term term = aids.terms().get(i);
            int length = entry.text().codePointCount(0, entry.text().length());
            List<Views.Kwic> lines = new ArrayList<>();
            for (Aids.Occurrence o : term.occurrences(e)) {
                int[] cps = texts.getOrDefault(o.paragraph(), new int[0]);
                int end = Math.min(cps.length, o.offset() + length);
                int from = Math.max(0, o.offset() - CONTEXT);
                int to = Math.min(cps.length, end + CONTEXT);
                lines.add(new Views.Kwic(lean.url() + "#p" + o.paragraph(), o.paragraph(),
                        (from > 0 ? "…" : "") + new String(cps, from, o.offset() - from), new String(cps, o.offset(), end - o.offset()),
                        new String(cps, end, to - end) + (to < cps.length ? "…" : "")));
            }
            byFirst.add(new Views.TermEntry(entry.id(), entry.text(), entry.other(), entry.quoted(), entry.count(), entry.search(),
                    List.copyOf(lines)));
        }
        List<Views.TermEntry> byFrequency = new ArrayList<>(byFirst);
        byFrequency.sort(Comparator.comparingInt(Views.TermEntry::count).reversed()); // stable: ties keep first appearance
        return new Views.InterviewTerms(lean.title(), lean.url(), lean.termsUrl(), byFrequency, byFirst);
    }

    /** The site-wide index: every term of every interview, most frequent first, with the interviews it occurs in. */
    static List<Views.TermRow> index(List<Views.InterviewTerms> interviews, Edition e) {
        Map<String, List<Views.Link>> where = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> others = new HashMap<>();
        for (Views.InterviewTerms i : interviews) {
            for (Views.TermEntry t : i.byFirst()) {
                where.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(new Views.Link(t.id(), shortTitle(i.title()), i.termsUrl() + "#" + t.id()));
                counts.merge(t.text(), t.count(), Integer::sum);
                others.putIfAbsent(t.text(), t.other());
            }
        }
        List<Views.TermRow> rows = new ArrayList<>();
        where.forEach((text, links) -> rows.add(new Views.TermRow(text, others.get(text), counts.get(text), List.copyOf(links), search(e, text))));
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
