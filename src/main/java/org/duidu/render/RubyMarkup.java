package org.duidu.render;

import freemarker.core.HTMLOutputFormat;
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
            if (run.ruby().isEmpty()) {
                appendEscaped(html, run.text(), 0, run.text().length());
            } else {
                appendRuby(html, run.ruby());
            }
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

    /**
     * Appends {@code text[from, to)} escaped as {@link #escape} escapes it; text with nothing to escape
     * (every Han character, most readings) is copied as it is, without a string made for it.
     */
    static void appendEscaped(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '<', '>', '&', '"', '\'':
                    out.append(escape(text.substring(from, to)));
                    return;
                default:
                    break;
            }
        }
        out.append(text, from, to);
    }

    /** A run's ruby segments as the template's text macro prints them. */
    private static void appendRuby(StringBuilder html, List<Views.Ruby> segments) {
        for (Views.Ruby seg : segments) {
            if (seg.han().isEmpty()) {
                appendEscaped(html, seg.plain(), 0, seg.plain().length());
            } else {
                seg.appendHtml(html);
            }
        }
    }

    /** Text escaped as the templates escape it (FreeMarker's HTML output format). */
    static String escape(String text) {
        return HTMLOutputFormat.INSTANCE.escapePlainText(text);
    }
}
