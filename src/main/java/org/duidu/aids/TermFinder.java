package org.duidu.aids;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duidu.config.RuleFile;
import org.duidu.model.Aids;
import org.duidu.model.Paragraph;

/**
 * Finds the terms of an interview (quoted phrases, numbered slogans) with the patterns of
 * {@code term-patterns.txt}, and every occurrence of each, in both editions.
 */
final class TermFinder {
    /**
     * A pattern of the rule file.
     *
     * @param kind    {@code quoted} or {@code numbered}
     * @param pattern the regular expression, group {@code term} the term
     */
    private record Rule(String kind, Pattern pattern) {
    }

    private final List<Rule> rules;

    private TermFinder(List<Rule> rules) {
        this.rules = rules;
    }

    static TermFinder builtIn() {
        List<Rule> rules = new ArrayList<>();
        for (String line : RuleFile.lines(TermFinder.class, "term-patterns.txt")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("term-patterns.txt: expected kind<TAB>pattern: " + line);
            }
            rules.add(new Rule(line.substring(0, tab), Pattern.compile(line.substring(tab + 1).strip())));
        }
        return new TermFinder(rules);
    }

    /**
     * The terms of the interview in order of first appearance: found in the zh-Hans paragraphs, their
     * zh-Hant form read at the same positions of the aligned zh-Hant paragraph.
     */
    List<Aids.Term> find(List<Paragraph> hans, List<Paragraph> hant) {
        Map<String, Aids.Term> found = new LinkedHashMap<>();
        for (int i = 0; i < hans.size(); i++) {
            String s = hans.get(i).text();
            String t = hant.get(i).text();
            // a match inside an earlier rule's match is part of that term (十大领域 in “十大领域改革”)
            boolean[] taken = new boolean[s.length()];
            for (Rule rule : rules) {
                Matcher m = rule.pattern().matcher(s);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    String term = m.group("term");
                    if (taken[m.start("term")]) {
                        continue;
                    }
                    spans.add(new int[] {m.start(), m.end()});
                    if (!found.containsKey(term)) {
                        String other = s.length() == t.length() ? t.substring(m.start("term"), m.end("term")) : term;
                        found.put(term, new Aids.Term(term, other, rule.kind(), occurrences(term, hans), occurrences(other, hant)));
                    }
                }
                spans.forEach(span -> Arrays.fill(taken, span[0], span[1], true));
            }
        }
        return List.copyOf(found.values());
    }

    /** Every occurrence of {@code text} in the paragraphs, in order, not overlapping. */
    private static List<Aids.Occurrence> occurrences(String text, List<Paragraph> paragraphs) {
        List<Aids.Occurrence> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String s = p.text();
            // code points counted on from the previous occurrence: from 0 each time is quadratic in a long paragraph
            int counted = 0;
            int codePoints = 0;
            for (int at = s.indexOf(text); at >= 0; at = s.indexOf(text, at + text.length())) {
                codePoints += s.codePointCount(counted, at);
                counted = at;
                out.add(new Aids.Occurrence(p.number(), codePoints));
            }
        }
        return List.copyOf(out);
    }
}
