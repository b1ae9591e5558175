package org.duidu.render;

import freemarker.core.HTMLOutputFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's text as HTML with {@code <ruby>} pinyin over its Han characters: {@code <ruby>經<rt
 * class="t1">jīng</rt>濟<rt class="t4">jì</rt></ruby>}, one {@code <ruby>} per stretch of characters
 * with readings, other text as it is; the {@code rt} class names the tone (t1–t4, t5 neutral) for
 * tone colours. Made here rather than by a template loop because pinyin pages have a ruby element
 * per character, and a template visiting each one was most of a build's time; everything from the
 * text is escaped with the templates' own HTML escaping.
 */
final class RubyMarkup {
    private RubyMarkup() {
    }

    /**
     * The ruby markup of {@code text}, whose code points take {@code readings} from {@code from} on
     * (an empty reading: no ruby over that character).
     */
    static String of(int[] codePoints, List<String> readings, int from) {
        StringBuilder html = new StringBuilder(codePoints.length * 24);
        StringBuilder plain = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < codePoints.length; i++) {
            String reading = readings.get(from + i);
            if (reading.isEmpty()) {
                if (open) {
                    html.append("</ruby>");
                    open = false;
                }
                plain.appendCodePoint(codePoints[i]);
                continue;
            }
            if (plain.length() > 0) {
                html.append(escape(plain.toString()));
                plain.setLength(0);
            }
            if (!open) {
                html.append("<ruby>");
                open = true;
            }
            html.append(escape(new String(codePoints, i, 1))).append("<rt class=\"t").append(tone(reading)).append("\">")
                    .append(escape(reading)).append("</rt>");
        }
        if (open) {
            html.append("</ruby>");
        }
        if (plain.length() > 0) {
            html.append(escape(plain.toString()));
        }
        return html.toString();
    }

    /**
     * The runs with every stretch of plain and {@code diff} runs joined into one {@code text} run
     * whose {@code html} holds their HTML ({@code diff} runs inside {@code <mark class="diff">}),
     * exactly what layout.ftlh's {@code runs} macro makes of them: the parallel view marks every
     * character that differs between the editions, and a template visiting each mark was most of
     * its time. Garbled and corrected runs stay as they are, for the template.
     */
    static List<Views.Run> coalesce(List<Views.Run> runs) {
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
            html.append(run.html().isEmpty() ? escape(run.text()) : run.html());
            html.append(diff ? "</mark>" : "");
        }
        flush(text, html, out);
        return out;
    }

    private static void flush(StringBuilder text, StringBuilder html, List<Views.Run> out) {
        if (text.length() > 0) {
            out.add(new Views.Run("text", text.toString(), "", 0, html.toString()));
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

    private static String escape(String text) {
        return HTMLOutputFormat.INSTANCE.escapePlainText(text);
    }
}
