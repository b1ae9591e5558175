package org.duidu.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Inline;
import org.duidu.model.InlineMarkup;
import org.duidu.model.Interview;
import org.duidu.model.Metadata;
import org.duidu.model.Paragraph;
import org.duidu.model.Role;
import org.duidu.model.Section;
import org.duidu.model.Sidecar;
import org.duidu.model.SourceSpan;
import org.duidu.model.Speaker;

/**
 * Parses the transcript format (DESIGN §1) from a seed's blocks: optional lead, then turns
 * {@code LABEL: text} or {@code LABEL：text}; every block is a paragraph; a section is an interviewer
 * turn plus the turns after it up to the next interviewer turn.
 */
final class TranscriptParser {
    /** A label: up to 12 characters without spaces or punctuation, then a half- or full-width colon. */
    private static final Pattern LABELLED = Pattern.compile("^([^\\s\\p{P}\\p{S}]{1,12})[ \\t\\u3000]*[:：][ \\t\\u3000]*(.*)$");
    private static final Pattern QUESTION_END = Pattern.compile("[?？][”」』\"]?\\s*$");
    /** What may stand between an interviewee's titles in a lead: 副省長、沈撫示範區黨工委書記陳綠平. */
    private static final Pattern TITLE_BOUNDARY = Pattern.compile("[了，,:：。；;\\s]|採訪|采访|專訪|专访|訪問|访问|對話|对话");

    private final String file;
    private final LabelRules rules;
    private final Diagnostics diagnostics;
    private final boolean markup;

    private TranscriptParser(String file, LabelRules rules, Diagnostics diagnostics, boolean markup) {
        this.file = file;
        this.rules = rules;
        this.diagnostics = diagnostics;
        this.markup = markup;
    }

    /**
     * Parses the blocks of a seed.
     *
     * @param heading a title the seed itself gives (a Markdown heading), used when the sidecar has none
     */
    static Optional<Interview> parse(String file, String slug, List<SourceBlock> blocks, Optional<String> heading,
                                     Sidecar sidecar, Diagnostics diagnostics) {
        return new TranscriptParser(file, LabelRules.builtIn(), diagnostics, false).parse(slug, blocks, heading, sidecar);
    }

    /** Parses the blocks of a Markdown seed, whose text may carry inline conversion markup ({@code -{…}-}). */
    static Optional<Interview> parseMarkdown(String file, String slug, List<SourceBlock> blocks, Optional<String> heading,
                                             Sidecar sidecar, Diagnostics diagnostics) {
        return new TranscriptParser(file, LabelRules.builtIn(), diagnostics, true).parse(slug, blocks, heading, sidecar);
    }

    /**
     * One non-blank source line.
     *
     * @param number     1-based line number
     * @param whole      the line without surrounding whitespace
     * @param column     column where {@code whole} starts
     * @param label      the label candidate before a colon, or null
     * @param text       the text after the label (or {@code whole} when there is none)
     * @param textColumn column where {@code text} starts
     */
    private record Line(int number, String whole, int column, String label, String text, int textColumn, boolean listItem) {
    }

    private Optional<Interview> parse(String slug, List<SourceBlock> blocks, Optional<String> heading, Sidecar sidecar) {
        List<Line> lines = blocks.stream().map(TranscriptParser::line).toList();
        Set<String> labels = labels(lines);
        if (labels.isEmpty()) {
            diagnostics.error("no-turns", new SourceSpan(file, 1, 1),
                    "no labelled turns found: a turn starts a line with a label and a colon, e.g. '記者：' or '問:'");
            return Optional.empty();
        }
        Optional<String> interviewer = interviewer(lines, labels, sidecar);
        if (interviewer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(slug, lines, labels, interviewer.get(), sidecar, heading));
    }

    private static Line line(SourceBlock b) {
        Matcher m = LABELLED.matcher(b.text());
        if (m.matches()) {
            int bodyColumn = b.column() + b.text().codePointCount(0, m.start(2));
            return new Line(b.line(), b.text(), b.column(), m.group(1), m.group(2), bodyColumn, b.listItem());
        }
        return new Line(b.line(), b.text(), b.column(), null, b.text(), b.column(), b.listItem());
    }

    /**
     * Which label candidates really are labels: role words, names that label more than one turn, and
     * a name that answers an interviewer's turn.
     */
    private Set<String> labels(List<Line> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        lines.stream().filter(l -> l.label() != null).forEach(l -> counts.merge(l.label(), 1, Integer::sum));
        Set<String> labels = new LinkedHashSet<>();
        counts.forEach((label, n) -> {
            if (rules.isRoleWord(label) || n >= 2) {
                labels.add(label);
            }
        });
        // A name used once is a label when it answers a question turn (記者：…？ then 李明：…).
        String current = null;
        for (Line l : lines) {
            if (l.label() == null) {
                continue;
            }
            if (!labels.contains(l.label()) && current != null && rules.asks(current)) {
                labels.add(l.label());
            }
            if (labels.contains(l.label())) {
                current = l.label();
            }
        }
        return labels;
    }

    private Optional<String> interviewer(List<Line> lines, Set<String> labels, Sidecar sidecar) {
        if (sidecar.interviewer().isPresent()) {
            String declared = sidecar.interviewer().get();
            if (!labels.contains(declared)) {
                diagnostics.error("interviewer", new SourceSpan(file, 1, 1), "the sidecar names interviewer '" + declared
                        + "', but no turn has that label (labels found: " + String.join(", ", labels) + ")");
                return Optional.empty();
            }
            return Optional.of(declared);
        }
        Optional<String> roleWord = labels.stream().filter(rules::asks).findFirst();
        if (roleWord.isPresent()) {
            return roleWord;
        }
        // No role word: the label whose turns end in a question mark most often asks the questions.
        Map<String, Integer> questionEnds = new LinkedHashMap<>();
        String current = null;
        for (Line l : lines) {
            if (l.label() != null && labels.contains(l.label())) {
                current = l.label();
                questionEnds.putIfAbsent(current, 0);
            }
            if (current != null && QUESTION_END.matcher(l.text()).find()) {
                questionEnds.merge(current, 1, Integer::sum);
            }
        }
        int best = questionEnds.values().stream().max(Integer::compare).orElse(0);
        List<String> leaders = questionEnds.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        if (best > 0 && leaders.size() == 1) {
            return Optional.of(leaders.get(0));
        }
        diagnostics.error("interviewer", new SourceSpan(file, 1, 1), "cannot tell who asks the questions among "
                + String.join(", ", labels) + "; add 'interviewer: LABEL' to the seed's sidecar ("
                + file.replaceAll("\\.[^./]+$", "") + ".yaml)");
        return Optional.empty();
    }

    private Interview build(String slug, List<Line> lines, Set<String> labels, String interviewer, Sidecar sidecar,
                            Optional<String> heading) {
        List<Paragraph> lead = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Paragraph> currentSection = null;
        String speaker = "";
        int number = 0;
        int questionLine = 0;
        for (Line l : lines) {
            boolean startsTurn = l.label() != null && labels.contains(l.label());
            String body = startsTurn ? l.text() : l.whole();
            int column = startsTurn ? l.textColumn() : l.column();
            if (startsTurn) {
                speaker = l.label();
                if (speaker.equals(interviewer)) {
                    closeSection(sections, currentSection, questionLine);
                    currentSection = new ArrayList<>();
                    questionLine = l.number();
                }
                if (body.isBlank()) {
                    continue; // a label alone on its line: the turn's text follows on the next lines
                }
            }
            Role role = speaker.isEmpty() ? Role.LEAD : speaker.equals(interviewer) ? Role.QUESTION : Role.ANSWER;
            boolean point = role == Role.ANSWER && (l.listItem() || rules.isPoint(body));
            List<Inline> content = markup ? InlineMarkup.parse(body) : List.of(new Inline.Text(body));
            if (markup && InlineMarkup.unclosedAt(body) >= 0) {
                diagnostics.warning("unclosed-markup", new SourceSpan(file, l.number(), column + body.codePointCount(0, InlineMarkup.unclosedAt(body))),
                        "'" + InlineMarkup.OPEN + "' is never closed with '" + InlineMarkup.CLOSE + "'; the text is shown as written");
            }
            Paragraph p = new Paragraph(++number, role, speaker, point, content, List.of(),
                    new SourceSpan(file, l.number(), column));
            if (currentSection != null) {
                currentSection.add(p);
            } else {
                if (role == Role.ANSWER) {
                    diagnostics.warning("answer-before-question", p.span(),
                            "a turn by '" + speaker + "' comes before the first question; it is shown with the lead");
                }
                lead.add(p);
            }
        }
        closeSection(sections, currentSection, questionLine);
        List<Speaker> speakers = speakers(labels, interviewer, lead);
        String title = sidecar.title().or(() -> heading).orElseGet(() -> defaultTitle(speakers));
        Metadata metadata = new Metadata(title, sidecar.date(), sidecar.source(), sidecar.sourceUrl());
        return new Interview(slug, file, metadata, speakers, lead, sections);
    }

    private List<Speaker> speakers(Set<String> labels, String interviewer, List<Paragraph> lead) {
        String leadText = lead.stream().map(Paragraph::text).reduce("", String::concat);
        List<Speaker> out = new ArrayList<>();
        out.add(new Speaker(interviewer, true, interviewer, List.of()));
        for (String label : labels) {
            if (!label.equals(interviewer)) {
                boolean named = !rules.isRoleWord(label);
                out.add(new Speaker(label, false, label, named ? titlesBefore(leadText, label) : List.of()));
            }
        }
        return out;
    }

    /**
     * Ends a section. A question turn with no text is reported; with no answers either it makes no
     * section, otherwise its answers form a section without question text.
     */
    private void closeSection(List<Section> sections, List<Paragraph> paragraphs, int questionLine) {
        if (paragraphs == null) {
            return;
        }
        if (paragraphs.isEmpty() || paragraphs.get(0).role() != Role.QUESTION) {
            diagnostics.warning("empty-question", new SourceSpan(file, questionLine, 1), "this question turn has no text"
                    + (paragraphs.isEmpty() ? " and no answer; it is left out" : "; its section is shown without a question"));
        }
        if (!paragraphs.isEmpty()) {
            sections.add(new Section(sections.size() + 1, paragraphs));
        }
    }

    /** Titles a lead gives just before a name: "…采訪了副省長、沈撫示範區黨工委書記陳綠平" → [副省長, 沈撫示範區黨工委書記]. */
    static List<String> titlesBefore(String lead, String name) {
        int at = lead.indexOf(name);
        if (at <= 0) {
            return List.of();
        }
        String before = lead.substring(0, at);
        Matcher m = TITLE_BOUNDARY.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        String phrase = before.substring(start);
        if (phrase.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(phrase.split("[、，,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String defaultTitle(List<Speaker> speakers) {
        List<String> names = speakers.stream().filter(s -> !s.interviewer()).map(Speaker::name).toList();
        return names.isEmpty() ? "訪談" : String.join("、", names) + "訪談";
    }
}
