package org.duidu.render;

import java.util.ArrayList;
import java.util.List;
import java.text.Normalizer;
import java.util.function.IntFunction;
import org.duidu.model.Aids;
import org.duidu.model.ChineseTypography;
import org.duidu.model.Edition;
import org.duidu.model.Inline;
import org.duidu.model.Interview;
import org.duidu.model.Paragraph;
import org.duidu.model.PublicationDate;
import org.duidu.model.Publication;
import org.duidu.model.Section;
import org.duidu.model.Speaker;

/** Turns the model into the view records templates read. */
final class ViewBuilder {
    /** How many characters of a question the table of contents shows. */
    private static final int SUMMARY_LENGTH = 48;

    private ViewBuilder() {
    }

    /**
     * The view of one form of an interview.
     *
     * @param interview   the edition (or the source)
     * @param url         its page path from the site root
     * @param publication the publication it belongs to
     * @param typeset     whether edition typography applies (false for the source view)
     */
    static Views.Story story(Interview interview, String url, Publication publication, boolean typeset) {
        return story(interview, url, publication, typeset, n -> List.of());
    }

    /**
     * Like {@link #story(Interview, String, Publication, boolean)}, the text with pinyin ruby.
     *
     * @param readings the readings of paragraph N, one per code point (an empty list: no ruby)
     */
    static Views.Story story(Interview interview, String url, Publication publication, boolean typeset,
                             IntFunction<List<String>> readings) {
        List<Views.Person> people = interview.interviewees().stream()
                .map(s -> new Views.Person(s.name(), String.join("、", s.titles()))).toList();
        String interviewer = interview.speakers().stream().filter(Speaker::interviewer).map(Speaker::name).findFirst().orElse("");
        // notes are numbered in reading order: lead first, then each section's question and answers
        List<Views.Erratum> errata = new ArrayList<>();
        List<Views.Para> lead = paras(interview.lead(), interview, typeset, 0, errata, readings);
        List<Views.Qa> sections = new ArrayList<>();
        for (Section s : interview.sections()) {
            List<Views.Para> question = paras(s.question(), interview, typeset, s.number(), errata, readings);
            String summary = question.isEmpty() ? "" : summary(question.get(0).plain());
            sections.add(new Views.Qa(s.anchor(), s.number(), question, paras(s.answers(), interview, typeset, s.number(), errata, readings), summary));
        }
        int garbled = (int) interview.paragraphs().stream().flatMap(p -> p.inlines().stream()).filter(i -> i instanceof Inline.Garbled).count();
        var meta = interview.metadata();
        var date = meta.publicationDate();
        return new Views.Story(interview.slug(), url, meta.title(), people, interviewer, date.map(PublicationDate::iso).orElse(""),
                meta.source().orElse(""), meta.sourceUrl().orElse(""), lead, sections,
                publication.script().id(), garbled, date.map(PublicationDate::display).orElse(""),
                date.map(PublicationDate::start).orElse(""), meta.tags(), errata);
    }

    private static List<Views.Para> paras(List<Paragraph> paragraphs, Interview interview, boolean typeset, int section) {
        return paras(paragraphs, interview, typeset, section, null, n -> List.of());
    }

    /** Paragraph views; corrections get numbered notes in {@code errata} unless it is null. */
    private static List<Views.Para> paras(List<Paragraph> paragraphs, Interview interview, boolean typeset, int section,
                                          List<Views.Erratum> errata, IntFunction<List<String>> readings) {
        List<Views.Para> out = new ArrayList<>();
        String previousSpeaker = null;
        for (Paragraph p : paragraphs) {
            boolean opensTurn = !p.speaker().isEmpty() && !p.speaker().equals(previousSpeaker);
            previousSpeaker = p.speaker();
            String speaker = opensTurn ? nameOf(interview, p.speaker()) : "";
            List<Views.Run> runs = runs(p.inlines(), typeset);
            if (errata != null) {
                runs = numbered(runs, p, errata);
            }
            runs = withRuby(runs, readings.apply(p.number()));
            String plain = runs.stream().map(Views.Run::text).reduce("", String::concat);
            out.add(new Views.Para(p.anchor(), p.number(), p.role().id(), speaker, p.point(), runs, plain, section));
        }
        return out;
    }

    private static String nameOf(Interview interview, String label) {
        return interview.speakers().stream().filter(s -> s.label().equals(label)).map(Speaker::name).findFirst().orElse(label);
    }

    /** The runs with each correction numbered, its note added to {@code errata}. */
    private static List<Views.Run> numbered(List<Views.Run> runs, Paragraph p, List<Views.Erratum> errata) {
        List<Views.Run> out = new ArrayList<>(runs.size());
        List<Inline.Correction> corrections = p.inlines().stream().filter(i -> i instanceof Inline.Correction)
                .map(i -> (Inline.Correction) i).toList();
        int k = 0;
        for (Views.Run r : runs) {
            if (r.kind().equals("correction")) {
                int ref = errata.size() + 1;
                errata.add(new Views.Erratum(ref, r.text(), r.note(), corrections.get(k++).note(), p.anchor()));
                out.add(new Views.Run(r.kind(), r.text(), r.note(), ref));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    static List<Views.Run> runs(List<Inline> inlines, boolean typeset) {
        List<Views.Run> runs = new ArrayList<>();
        for (Inline i : inlines) {
            if (i instanceof Inline.Garbled g) {
                runs.add(new Views.Run("garbled", g.text(), g.suggested()));
            } else if (i instanceof Inline.Correction c) {
                runs.add(new Views.Run("correction", typeset ? ChineseTypography.fullWidthPunctuation(c.text()) : c.text(), c.original()));
            } else {
                runs.add(new Views.Run("text", typeset ? ChineseTypography.fullWidthPunctuation(i.text()) : i.text(), ""));
            }
        }
        return runs;
    }

    /** The paragraphs of both editions side by side, characters that differ marked as {@code diff} runs. */
    static List<Views.Pair> pairs(Publication publication) {
        return pairs(publication, Aids.NONE);
    }

    /** Like {@link #pairs(Publication)}, with pinyin ruby from {@code aids} (none for {@link Aids#NONE}). */
    static List<Views.Pair> pairs(Publication publication, Aids aids) {
        Interview hantEdition = publication.hant();
        Interview hansEdition = publication.hans();
        List<Interview.Placed> hant = hantEdition.placedParagraphs();
        List<Paragraph> hans = hansEdition.paragraphs();
        List<Views.Pair> out = new ArrayList<>();
        int previousSection = -1;
        String previousSpeaker = null;
        for (int i = 0; i < hant.size(); i++) {
            Paragraph t = hant.get(i).paragraph();
            Paragraph s = hans.get(i);
            int section = hant.get(i).section();
            boolean opensSection = section != previousSection;
            boolean opensTurn = !t.speaker().isEmpty() && (opensSection || !t.speaker().equals(previousSpeaker));
            previousSection = section;
            previousSpeaker = t.speaker();
            List<Views.Run>[] marked = Differ.mark(runs(t.inlines(), true), runs(s.inlines(), true));
            int differences = (int) marked[0].stream().filter(r -> r.kind().equals("diff")).count();
            out.add(new Views.Pair(t.anchor(), t.role().id(), section, opensSection, t.point(),
                    opensTurn ? nameOf(hantEdition, t.speaker()) : "", opensTurn ? nameOf(hansEdition, s.speaker()) : "",
                    withRuby(marked[0], aids.readings(Edition.HANT, t.number())),
                    withRuby(marked[1], aids.readings(Edition.HANS, s.number())), differences));
        }
        return out;
    }

    /**
     * The runs with ruby segments: each run's characters take the readings at their offsets in the
     * paragraph (runs follow one another through the paragraph's text). Garbled runs get none.
     */
    static List<Views.Run> withRuby(List<Views.Run> runs, List<String> readings) {
        if (readings.isEmpty()) {
            return runs;
        }
        List<Views.Run> out = new ArrayList<>();
        int at = 0;
        for (Views.Run run : runs) {
            int[] cps = run.text().codePoints().toArray();
            if (run.kind().equals("garbled") || at + cps.length > readings.size()) {
                out.add(run);
                at += cps.length;
                continue;
            }
            // segments point into the paragraph's readings (no object per character: a long paragraph has millions)
            List<Views.Ruby> segments = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            StringBuilder han = new StringBuilder();
            int hanFrom = at;
            for (int cp : cps) {
                String reading = readings.get(at);
                if (reading.isEmpty()) {
                    if (han.length() > 0) {
                        segments.add(new Views.Ruby("", han.toString(), readings.subList(hanFrom, at)));
                        han.setLength(0);
                    }
                    plain.appendCodePoint(cp);
                } else {
                    if (plain.length() > 0) {
                        segments.add(new Views.Ruby(plain.toString(), "", List.of()));
                        plain.setLength(0);
                    }
                    if (han.length() == 0) {
                        hanFrom = at;
                    }
                    han.appendCodePoint(cp);
                }
                at++;
            }
            if (han.length() > 0) {
                segments.add(new Views.Ruby("", han.toString(), readings.subList(hanFrom, at)));
            }
            if (plain.length() > 0) {
                segments.add(new Views.Ruby(plain.toString(), "", List.of()));
            }
            out.add(new Views.Run(run.kind(), run.text(), run.note(), run.ref(), segments));
        }
        return out;
    }

    /** The tone of a syllable with tone marks: 1–4 from its mark, 5 (neutral) without one. */
    static int tone(String syllable) {
        String marks = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        for (int i = 0; i < marks.length(); i++) {
            switch (marks.charAt(i)) {
                case '\u0304': return 1;
                case '\u0301': return 2;
                case '\u030C': return 3;
                case '\u0300': return 4;
                default: break;
            }
        }
        return 5;
    }

    private static String summary(String text) {
        int[] cps = text.codePoints().toArray();
        if (cps.length <= SUMMARY_LENGTH) {
            return text;
        }
        return new String(cps, 0, SUMMARY_LENGTH) + "…";
    }

}
