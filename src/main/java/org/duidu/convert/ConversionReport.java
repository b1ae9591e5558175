package org.duidu.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.duidu.model.Inline;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;

/**
 * Every character of a build whose conversion had more than one possible outcome, in context, with
 * the choice made: a Simplified character with several Traditional forms (后/後, 发/發/髮, 干/乾/幹,
 * 系/係/繫, 征/徵, 复/復/複/覆, 里/裡/裏, 面/麵, 台/臺 …), and a Traditional character of the source
 * with several Simplified forms (著/着, 乾/干 …). Grouped by character and choice so that an editor
 * can scan one list per character. Immutable.
 */
public final class ConversionReport {
    private static final int CONTEXT = 6;

    /**
     * One occurrence.
     *
     * @param character the ambiguous character as the input of that conversion has it
     * @param choice    the character written
     * @param where     {@code slug#pN}
     * @param context   the zh-Hans sentence around it, the character in 【】
     */
    public record Entry(String character, String choice, String where, String context) {
    }

    private final List<Entry> hant;
    private final List<Entry> hans;
    private final int interviews;

    private ConversionReport(List<Entry> hant, List<Entry> hans, int interviews) {
        this.hant = List.copyOf(hant);
        this.hans = List.copyOf(hans);
        this.interviews = interviews;
    }

    static ConversionReport of(List<Publication> publications) {
        Set<String> hantAmbiguous = new HashSet<>();
        Set<String> hansAmbiguous = new HashSet<>();
        for (String[] row : ambiguous()) {
            (row[0].equals("hant") ? hantAmbiguous : hansAmbiguous).add(row[1]);
        }
        List<Entry> hant = new ArrayList<>();
        List<Entry> hans = new ArrayList<>();
        for (Publication p : publications) {
            List<Paragraph> src = p.source().paragraphs();
            List<Paragraph> sp = p.hans().paragraphs();
            List<Paragraph> tp = p.hant().paragraphs();
            for (int i = 0; i < sp.size(); i++) {
                String where = p.slug() + "#" + sp.get(i).anchor();
                int[] s = text(src.get(i));
                int[] h = text(sp.get(i));
                int[] t = text(tp.get(i));
                for (int k = 0; k < h.length; k++) {
                    String c = str(h[k]);
                    if (t.length == h.length && hantAmbiguous.contains(c)) {
                        hant.add(new Entry(c, str(t[k]), where, context(h, k)));
                    }
                    if (s.length == h.length && hansAmbiguous.contains(str(s[k]))) {
                        hans.add(new Entry(str(s[k]), c, where, context(h, k)));
                    }
                }
            }
        }
        return new ConversionReport(hant, hans, publications.size());
    }

    /** The rows of {@code ambiguous.tsv}: direction, character, forms. */
    private static List<String[]> ambiguous() {
        try (InputStream in = ConversionReport.class.getResourceAsStream("ambiguous.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing ambiguous.tsv in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .filter(r -> r.length >= 2)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ambiguous.tsv", e);
        }
    }

    /** Occurrences of Simplified characters with several Traditional forms, in text order. */
    public List<Entry> hantChoices() {
        return hant;
    }

    /** Occurrences of source characters with several Simplified forms, in text order. */
    public List<Entry> hansChoices() {
        return hans;
    }

    /** The report as plain text, for {@code build/conversion-report.txt}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("Duidu conversion report: ").append(interviews).append(" interview(s)\n");
        section(sb, "zh-Hant: Simplified characters with more than one Traditional form", hant);
        section(sb, "zh-Hans: source characters with more than one Simplified form", hans);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<Entry> entries) {
        sb.append("\n== ").append(title).append(" (").append(entries.size()).append(")\n");
        Map<String, Map<String, List<Entry>>> grouped = new TreeMap<>();
        for (Entry e : entries) {
            grouped.computeIfAbsent(e.character(), k -> new TreeMap<>())
                    .computeIfAbsent(e.choice(), k -> new ArrayList<>()).add(e);
        }
        grouped.forEach((c, byChoice) -> {
            sb.append('\n').append(c).append(" →");
            byChoice.forEach((choice, list) -> sb.append(' ').append(choice).append(" ×").append(list.size()));
            sb.append('\n');
            byChoice.forEach((choice, list) -> list.forEach(e ->
                    sb.append("  ").append(choice).append("  ").append(e.context()).append("  ").append(e.where()).append('\n')));
        });
    }

    /** Code points of the convertible text (garbled runs and verbatim runs left out). */
    private static int[] text(Paragraph p) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : p.inlines()) {
            if (i instanceof Inline.Text || i instanceof Inline.Correction) {
                sb.append(i.text());
            }
        }
        return sb.codePoints().toArray();
    }

    private static String context(int[] cps, int at) {
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, at - CONTEXT); k < Math.min(cps.length, at + CONTEXT + 1); k++) {
            if (k == at) {
                sb.append('【').appendCodePoint(cps[k]).append('】');
            } else {
                sb.appendCodePoint(cps[k]);
            }
        }
        return sb.toString();
    }

    private static String str(int cp) {
        return new String(Character.toChars(cp));
    }
}
