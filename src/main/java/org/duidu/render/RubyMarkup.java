package org.duidu.render;

import freemarker.core.HTMLOutputFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * HTML Duidu makes itself rather than by a template loop, because a template visiting every
 * character was most of a build's time: the parallel view's diff marks (every character that differs
 * between the editions), with their ruby on pinyin pages. Everything from the text is escaped with
 * the templates' own HTML escaping.
 */
final class RubyMarkup {
    private RubyMarkup() {
    }

    /**
     * The runs with every stretch of plain and {@code diff} runs joined into one {@code text} run
     * whose {@code html} holds their HTML ({@code diff} runs inside {@code <mark class="diff">}),
     * exactly what layout.ftlh's {@code runs} macro makes of them: the parallel view marks every
     * character that differs between the editions, and a template visiting each mark was most of
     * its time. Garbled and corrected runs stay as they are, for the template.
     */
    static List<Views.Run> coalesce(List<Views.Run> runs) {
        if (runs.stream().mapToLong(r -> r.text().length()).sum() > Differ.MAX_MARKED) {
            return runs; // a huge paragraph is not marked (Differ): its ruby segments stream from the template
        }
        List<Views.Run> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (Views.Run run : runs) {
            boolean diff = run.kind().equals("diff");
            if (!diff && !run.kind().equals("text")) {
                flush(text, html, out);
                out.add(run);
                continue;
            }
            text.append(run.text());
            html.append(diff ? "<mark class=\"diff\">" : "");
            html.append(run.ruby().isEmpty() ? escape(run.text()) : rubyHtml(run.ruby()));
            html.append(diff ? "</mark>" : "");
        }
        flush(text, html, out);
        return out;
    }

    private static void flush(StringBuilder text, StringBuilder html, List<Views.Run> out) {
        if (text.length() > 0) {
            out.add(new Views.Run("text", text.toString(), "", 0, List.of(), html.toString()));
            text.setLength(0);
            html.setLength(0);
        }
    }

    /** The tone of a syllable with tone marks: 1–4 from its mark, 5 (neutral) without one. */
    static int tone(String syllable) {
        for (int i = 0; i < syllable.length(); i++) {
            char c = syllable.charAt(i);
            if (c < 0x80) {
                continue; // plain letters: the usual case, no normalisation needed
            }
            String marks = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int j = 0; j < marks.length(); j++) {
                switch (marks.charAt(j)) {
                    case '\u0304': return 1;
                    case '\u0301': return 2;
                    case '\u030C': return 3;
                    case '\u0300': return 4;
                    default: break;
                }
            }
        }
        return 5;
    }

    /** A run's ruby segments as the template's text macro prints them. */
    private static String rubyHtml(List<Views.Ruby> segments) {
        StringBuilder html = new StringBuilder();
        for (Views.Ruby seg : segments) {
            html.append(seg.han().isEmpty() ? escape(seg.plain()) : seg.html());
        }
        return html.toString();
    }

    private static String escape(String text) {
        return HTMLOutputFormat.INSTANCE.escapePlainText(text);
    }
}
