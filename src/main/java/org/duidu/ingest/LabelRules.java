package org.duidu.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duidu.config.RuleFile;

/** The data-file rules the parser applies: role words and numbered-point patterns. */
final class LabelRules {
    private final Set<String> askWords;
    private final Set<String> answerWords;
    private final List<Pattern> points;
    private final String unnamed;

    private LabelRules(Set<String> askWords, Set<String> answerWords, List<Pattern> points, String unnamed) {
        this.askWords = askWords;
        this.answerWords = answerWords;
        this.points = points;
        this.unnamed = unnamed;
    }

    static LabelRules builtIn() {
        List<String> labels = RuleFile.lines(LabelRules.class, "labels.txt");
        Set<String> asks = labels.stream().filter(l -> l.startsWith("asks\t")).map(l -> l.substring(5)).collect(Collectors.toSet());
        Set<String> answers = labels.stream().filter(l -> l.startsWith("answers\t")).map(l -> l.substring(8)).collect(Collectors.toSet());
        List<Pattern> points = RuleFile.lines(LabelRules.class, "point-patterns.txt").stream().map(Pattern::compile).toList();
        String unnamed = labels.stream().filter(l -> l.startsWith("unnamed\t")).map(l -> l.substring(8)).findFirst().orElse("受訪者");
        return new LabelRules(asks, answers, points, unnamed);
    }

    boolean isRoleWord(String label) {
        return askWords.contains(label) || answerWords.contains(label);
    }

    boolean asks(String label) {
        return askWords.contains(label);
    }

    /** What pages call an interviewee nobody named (受訪者; the editions convert it). */
    String unnamed() {
        return unnamed;
    }

    boolean isPoint(String text) {
        return points.stream().anyMatch(p -> p.matcher(text).find());
    }
}
