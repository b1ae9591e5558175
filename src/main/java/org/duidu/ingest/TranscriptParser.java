package org.duidu.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import org.duidu.model.Person;
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
    /**
     * A label: up to 12 characters without spaces or punctuation, optionally a bracketed title or name
     * ({@code 李明（同济大学教授）}, {@code 主持人(王平)}), then a half- or full-width colon.
     */
    private static final Pattern LABELLED = Pattern.compile(
            "^([^\\s\\p{P}\\p{S}]{1,12})(?:[ \\t\\u3000]*[（(]([^（）()]{1,40})[）)])?[ \\t\\u3000]*[:：][ \\t\\u3000]*(.*)$");
    /** A label in lenticular brackets, colon optional: {@code 【記者】}, {@code 【周文】：}. */
    private static final Pattern BRACKETED = Pattern.compile("^【([^\\s\\p{P}\\p{S}]{1,12})】[ \\t\\u3000]*[:：]?[ \\t\\u3000]*(.*)$");
    /** A bracketed part of a label that is a name rather than a title: 主持人（王平）. */
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}");
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
     * @param bracketed  the bracketed part of the label ({@code 同济大学教授} in {@code 李明（同济大学教授）：}), or null
     * @param strong     whether the label form is unmistakable (bracketed), so one use makes it a label
     */
    private record Line(int number, String whole, int column, String label, String text, int textColumn, boolean listItem,
                        String bracketed, boolean strong) {
    }

    private Optional<Interview> parse(String slug, List<SourceBlock> blocks, Optional<String> heading, Sidecar sidecar) {
        List<Line> lines = blocks.stream().map(TranscriptParser::line).toList();
        Set<String> labels = labels(lines, sidecar);
        if (labels.isEmpty()) {
            diagnostics.error("no-turns", new SourceSpan(file, 1, 1),
                    "no labelled turns found: a turn starts a line with a label and a colon, e.g. '記者：' or '問:'");
            return Optional.empty();
        }
        Optional<String> interviewer = interviewer(lines, labels, sidecar);
        if (interviewer.isEmpty()) {
            return Optional.empty();
        }
        Interview interview = build(slug, lines, labels, interviewer.get(), sidecar, heading);
        List<Paragraph> paragraphs = interview.paragraphs();
        if (paragraphs.size() > Interview.MAX_PARAGRAPHS) {
            diagnostics.error("too-many-paragraphs", paragraphs.get(Interview.MAX_PARAGRAPHS).span(), String.format(Locale.ROOT,
                    "paragraph %,d: an interview may have at most %,d paragraphs (this one has %,d); split the transcript"
                            + " into several seeds, or join lines that belong to one paragraph",
                    Interview.MAX_PARAGRAPHS + 1, Interview.MAX_PARAGRAPHS, paragraphs.size()));
            return Optional.empty();
        }
        return Optional.of(interview);
    }

    private static Line line(SourceBlock b) {
        String text = b.text();
        int shift = 0;
        // a bold label in a plain transcript, **记者：** or **记者**：, is a label; Markdown seeds arrive without the stars
        if (text.startsWith("**") || text.startsWith("__")) {
            String stars = text.substring(0, 2);
            int close = text.indexOf(stars, 2);
            if (close > 2 && close <= 60) {
                String unstarred = text.substring(2, close) + text.substring(close + 2);
                if (LABELLED.matcher(unstarred).matches() || BRACKETED.matcher(unstarred).matches()) {
                    text = unstarred;
                    shift = 4;
                }
            }
        }
        Matcher br = BRACKETED.matcher(text);
        if (br.matches()) {
            int bodyColumn = b.column() + shift + text.codePointCount(0, br.start(2));
            return new Line(b.line(), b.text(), b.column(), br.group(1), br.group(2), bodyColumn, b.listItem(), null, true);
        }
        Matcher m = LABELLED.matcher(text);
        if (m.matches()) {
            int bodyColumn = b.column() + shift + text.codePointCount(0, m.start(3));
            String bracketed = m.group(2) == null ? null : m.group(2).strip();
            boolean strong = bracketed != null && m.group(1).codePointCount(0, m.group(1).length()) <= 6;
            return new Line(b.line(), b.text(), b.column(), m.group(1), m.group(3), bodyColumn, b.listItem(), bracketed, strong);
        }
        return new Line(b.line(), b.text(), b.column(), null, b.text(), b.column(), b.listItem(), null, false);
    }

    /**
     * Which label candidates really are labels: role words, names that label more than one turn, and
     * a name that answers an interviewer's turn.
     */
    private Set<String> labels(List<Line> lines, Sidecar sidecar) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        lines.stream().filter(l -> l.label() != null).forEach(l -> counts.merge(l.label(), 1, Integer::sum));
        Set<String> named = new LinkedHashSet<>();
        sidecar.people().forEach(p -> {
            named.add(p.name());
            p.label().ifPresent(named::add);
        });
        sidecar.interviewer().ifPresent(named::add);
        Set<String> strong = new LinkedHashSet<>();
        lines.stream().filter(Line::strong).forEach(l -> strong.add(l.label()));
        Set<String> labels = new LinkedHashSet<>();
        counts.forEach((label, n) -> {
            if (rules.isRoleWord(label) || n >= 2 || named.contains(label) || strong.contains(label)) {
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
        Optional<String> declaredPerson = sidecar.people().stream().filter(Person::interviewer)
                .flatMap(p -> java.util.stream.Stream.of(p.label().orElse(p.name()), p.name())).filter(labels::contains).findFirst();
        if (declaredPerson.isPresent()) {
            return declaredPerson;
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
        String leadText = lines.stream().takeWhile(l -> l.label() == null || !labels.contains(l.label()))
                .map(Line::whole).collect(java.util.stream.Collectors.joining());
        List<Speaker> speakers = speakers(lines, labels, interviewer, leadText, sidecar);
        Map<String, String> names = new LinkedHashMap<>();
        speakers.forEach(sp -> names.put(sp.label(), sp.name()));
        List<Paragraph> lead = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Paragraph> currentSection = null;
        String label = "";
        int number = 0;
        int questionLine = 0;
        for (Line l : lines) {
            boolean startsTurn = l.label() != null && labels.contains(l.label());
            String body = startsTurn ? l.text() : l.whole();
            int column = startsTurn ? l.textColumn() : l.column();
            if (startsTurn) {
                label = l.label();
                if (label.equals(interviewer)) {
                    closeSection(sections, currentSection, questionLine);
                    currentSection = new ArrayList<>();
                    questionLine = l.number();
                }
                if (body.isBlank()) {
                    continue; // a label alone on its line: the turn's text follows on the next lines
                }
            }
            Role role = label.isEmpty() ? Role.LEAD : label.equals(interviewer) ? Role.QUESTION : Role.ANSWER;
            boolean point = role == Role.ANSWER && (l.listItem() || rules.isPoint(body));
            List<Inline> content = markup ? InlineMarkup.parse(body) : List.of(new Inline.Text(body));
            if (markup && InlineMarkup.unclosedAt(body) >= 0) {
                diagnostics.warning("unclosed-markup", new SourceSpan(file, l.number(), column + body.codePointCount(0, InlineMarkup.unclosedAt(body))),
                        "'" + InlineMarkup.OPEN + "' is never closed with '" + InlineMarkup.CLOSE + "'; the text is shown as written");
            }
            // the paragraph names its speaker as readers see it (周文, not the role word 答)
            String speaker = label.isEmpty() ? "" : names.getOrDefault(label, label);
            Paragraph p = new Paragraph(++number, role, speaker, point, content, List.of(),
                    new SourceSpan(file, l.number(), column));
            if (currentSection != null) {
                currentSection.add(p);
            } else {
                if (role == Role.ANSWER) {
                    diagnostics.warning("answer-before-question", p.span(),
                            "a turn by '" + label + "' comes before the first question; it is shown with the lead");
                }
                lead.add(p);
            }
        }
        closeSection(sections, currentSection, questionLine);
        String title = sidecar.title().or(() -> heading).orElseGet(() -> defaultTitle(speakers));
        Metadata metadata = new Metadata(title, sidecar.date(), sidecar.source(), sidecar.sourceUrl(), sidecar.tags());
        return new Interview(slug, file, metadata, speakers, lead, sections);
    }

    /**
     * Who speaks: for each label, the person behind it. A role word (答, Q, 主持人) is never a
     * person's name: the person comes from the metadata's {@code people:}, from the label's brackets
     * ({@code 主持人（王平）}) or from the lead ({@code 专访了作家周文}); else the page says 受訪者 and a
     * warning says how to name them.
     */
    private List<Speaker> speakers(List<Line> lines, Set<String> labels, String interviewer, String leadText, Sidecar sidecar) {
        Map<String, String> bracketed = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (Line l : lines) {
            if (l.label() != null && labels.contains(l.label())) {
                firstLine.putIfAbsent(l.label(), l.number());
                if (l.bracketed() != null) {
                    bracketed.putIfAbsent(l.label(), l.bracketed());
                }
            }
        }
        List<String> order = new ArrayList<>();
        order.add(interviewer);
        labels.stream().filter(x -> !x.equals(interviewer)).forEach(order::add);
        List<Speaker> out = new ArrayList<>();
        for (String label : order) {
            boolean asks = label.equals(interviewer);
            Optional<Person> person = sidecar.people().stream().filter(p -> p.label().map(label::equals).orElse(false)).findFirst()
                    .or(() -> sidecar.people().stream().filter(p -> p.label().isEmpty() && p.name().equals(label)).findFirst());
            String inBrackets = bracketed.get(label);
            if (person.isPresent()) {
                List<String> titles = new ArrayList<>(person.get().titles());
                if (inBrackets != null && !rules.isRoleWord(label) && !titles.contains(inBrackets)) {
                    titles.add(inBrackets);
                }
                out.add(new Speaker(label, asks, person.get().name(), titles));
            } else if (!rules.isRoleWord(label)) {
                out.add(new Speaker(label, asks, label, inBrackets != null ? splitTitles(inBrackets) : titlesBefore(leadText, label)));
            } else if (inBrackets != null && NAME.matcher(inBrackets).matches()) {
                out.add(new Speaker(label, asks, inBrackets, titlesBefore(leadText, inBrackets)));
            } else {
                out.add(unnamed(label, asks, inBrackets, leadText, labels, sidecar, firstLine.getOrDefault(label, 1)));
            }
        }
        return out;
    }

    /** The speaker behind a role word that names nobody. */
    private Speaker unnamed(String label, boolean asks, String inBrackets, String leadText, Set<String> labels, Sidecar sidecar,
                            int line) {
        List<Person> free = sidecar.people().stream()
                .filter(p -> p.interviewer() == asks && p.label().isEmpty() && !labels.contains(p.name())).toList();
        List<String> extra = inBrackets == null ? List.of() : splitTitles(inBrackets);
        if (free.size() == 1) {
            List<String> titles = new ArrayList<>(free.get(0).titles());
            titles.addAll(extra);
            return new Speaker(label, asks, free.get(0).name(), titles);
        }
        if (asks) {
            return new Speaker(label, true, label, extra); // 記者 asks as 記者: a role, shown as such, never in a byline
        }
        if (free.isEmpty()) {
            Optional<LeadPeople.Found> found = LeadPeople.builtIn().find(leadText);
            if (found.isPresent()) {
                return new Speaker(label, false, found.get().name(), found.get().titles());
            }
        }
        String where = file.replaceAll("\\.[^./]+$", "") + ".yaml" + (file.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? " or the front matter" : "");
        diagnostics.warning("unnamed-interviewee", new SourceSpan(file, line, 1), "the interviewee's turns are labelled '" + label
                + "' and " + (free.isEmpty() ? "no name is given" : free.size() + " interviewees are listed without label:")
                + ", so pages say " + rules.unnamed() + "; name them in " + where
                + ": people: [{name: …, role: interviewee" + (free.isEmpty() ? "" : ", label: " + label) + "}]");
        return new Speaker(label, false, rules.unnamed(), extra);
    }

    private static List<String> splitTitles(String text) {
        return java.util.Arrays.stream(text.split("[、，,]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
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

    /** A title from the people interviewed (周文訪談); never from a role word (答訪談). */
    private String defaultTitle(List<Speaker> speakers) {
        List<String> names = speakers.stream().filter(s -> !s.interviewer()).map(Speaker::name)
                .filter(n -> !rules.isRoleWord(n) && !n.equals(rules.unnamed())).distinct().toList();
        return names.isEmpty() ? "訪談" : String.join("、", names) + "訪談";
    }
}
