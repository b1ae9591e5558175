package org.duidu.render;

import java.util.AbstractList;
import java.util.AbstractSequentialList;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;
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
        return story(interview, url, publication, typeset, readings, false);
    }

    /**
     * Like {@link #story(Interview, String, Publication, boolean, IntFunction)}; with {@code markup}, each
     * paragraph's ruby runs joined into one piece of HTML made here ({@link RubyMarkup#coalesce}), as the
     * parallel view's are: the template visiting every ruby segment was most of a pinyin page's time.
     * Only for an interview whose whole page may be held as HTML (a 20 MB seed's segments are made as
     * the template reads them, issue 9).
     */
    static Views.Story story(Interview interview, String url, Publication publication, boolean typeset,
                             IntFunction<List<String>> readings, boolean markup) {
        List<Views.Person> people = interview.interviewees().stream()
                .map(s -> new Views.Person(s.name(), String.join("、", s.titles()))).toList();
        String interviewer = interview.speakers().stream().filter(Speaker::interviewer).map(Speaker::name).findFirst().orElse("");
        // notes are numbered in reading order: lead first, then each section's question and answers
        List<Views.Erratum> errata = new ArrayList<>();
        List<Views.Para> lead = paras(interview.lead(), interview, typeset, 0, errata, readings, markup);
        List<Views.Qa> sections = new ArrayList<>();
        for (Section s : interview.sections()) {
            List<Views.Para> question = paras(s.question(), interview, typeset, s.number(), errata, readings, markup);
            String summary = question.isEmpty() ? "" : summary(question.get(0).plain());
            sections.add(new Views.Qa(s.anchor(), s.number(), question, paras(s.answers(), interview, typeset, s.number(), errata, readings,
                    markup), summary));
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
        return paras(paragraphs, interview, typeset, section, null, n -> List.of(), false);
    }

    /** Paragraph views; corrections get numbered notes in {@code errata} unless it is null. */
    private static List<Views.Para> paras(List<Paragraph> paragraphs, Interview interview, boolean typeset, int section,
                                          List<Views.Erratum> errata, IntFunction<List<String>> readings, boolean markup) {
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
            if (markup) {
                runs = RubyMarkup.coalesce(runs);
            }
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

    /**
     * The parallel view twice: plain and with pinyin ruby from {@code aids}.
     *
     * @param plain  the paragraphs of both editions side by side, characters that differ marked as {@code diff}
     * @param pinyin the same with ruby
     */
    record Parallel(List<Views.Pair> plain, List<Views.Pair> pinyin) {
    }

    /**
     * Both parallel views of a publication, each pair made when a template reaches it: the views of a
     * long interview (every differing character a run, with its ruby) are many times its text, and held
     * whole they did not fit in 512 MB for a 20 MB seed (issue 9). A page renders each pair once.
     */
    static Parallel pairs(Publication publication, Aids aids) {
        List<Interview.Placed> hant = publication.hant().placedParagraphs();
        return new Parallel(new Pairs(publication, hant, null), new Pairs(publication, hant, aids));
    }

    /**
     * Like {@link #pairs}, each pair made once and kept for the other edition's pages (the views are
     * the same in both editions' frames; making them was a fifth of rendering an interview, twice):
     * for interviews whose views fit in memory many times over.
     */
    static Parallel sharedPairs(Publication publication, Aids aids) {
        Parallel made = pairs(publication, aids);
        return new Parallel(new Kept(made.plain()), new Kept(made.pinyin()));
    }

    /** A list whose elements are made on first use by one thread and kept for every later reader. Thread-safe. */
    private static final class Kept extends AbstractList<Views.Pair> implements RandomAccess {
        private final List<Views.Pair> made;
        private final Views.Pair[] kept;

        Kept(List<Views.Pair> made) {
            this.made = made;
            this.kept = new Views.Pair[made.size()];
        }

        @Override
        public int size() {
            return kept.length;
        }

        @Override
        public synchronized Views.Pair get(int i) {
            // under the lock: the other edition's thread, usually at the same pair, waits instead of making it too
            if (kept[i] == null) {
                kept[i] = made.get(i);
            }
            return kept[i];
        }
    }

    /** The pairs of a parallel view, made one by one on demand; with {@code aids}, with ruby. */
    private static final class Pairs extends AbstractList<Views.Pair> implements RandomAccess {
        private final Interview hantEdition;
        private final Interview hansEdition;
        private final List<Interview.Placed> hant;
        private final List<Paragraph> hans;
        private final Aids aids;

        Pairs(Publication publication, List<Interview.Placed> hant, Aids aids) {
            this.hantEdition = publication.hant();
            this.hansEdition = publication.hans();
            this.hant = hant;
            this.hans = hansEdition.paragraphs();
            this.aids = aids;
        }

        @Override
        public int size() {
            return hant.size();
        }

        @Override
        public Views.Pair get(int i) {
            Paragraph t = hant.get(i).paragraph();
            Paragraph s = hans.get(i);
            int section = hant.get(i).section();
            // where a section or a turn opens follows from the paragraph before, nothing else
            boolean opensSection = i == 0 || hant.get(i - 1).section() != section;
            boolean opensTurn = !t.speaker().isEmpty() && (opensSection || !t.speaker().equals(hant.get(i - 1).paragraph().speaker()));
            List<Views.Run>[] marked = Differ.mark(runs(t.inlines(), true), runs(s.inlines(), true));
            int differences = (int) marked[0].stream().filter(r -> r.kind().equals("diff")).count();
            String speakerHant = opensTurn ? nameOf(hantEdition, t.speaker()) : "";
            String speakerHans = opensTurn ? nameOf(hansEdition, s.speaker()) : "";
            List<Views.Run> left = aids == null ? marked[0] : withRuby(marked[0], aids.readings(Edition.HANT, t.number()));
            List<Views.Run> right = aids == null ? marked[1] : withRuby(marked[1], aids.readings(Edition.HANS, s.number()));
            return new Views.Pair(t.anchor(), t.role().id(), section, opensSection, t.point(), speakerHant, speakerHans,
                    RubyMarkup.coalesce(left), RubyMarkup.coalesce(right), differences);
        }
    }

    /**
     * The runs with ruby segments: each run's characters take the readings at their offsets in the
     * paragraph (runs follow one another through the paragraph's text). Garbled runs get none. The
     * segments are made as they are read ({@link RubySegments}).
     */
    static List<Views.Run> withRuby(List<Views.Run> runs, List<String> readings) {
        if (readings.isEmpty()) {
            return runs;
        }
        List<Views.Run> out = new ArrayList<>(runs.size());
        int at = 0;
        for (Views.Run run : runs) {
            int length = run.text().codePointCount(0, run.text().length());
            if (run.kind().equals("garbled") || at + length > readings.size()) {
                out.add(run);
            } else {
                out.add(new Views.Run(run.kind(), run.text(), run.note(), run.ref(), new RubySegments(run.text(), readings, at)));
            }
            at += length;
        }
        return out;
    }

    /**
     * A run's ruby segments (Han characters with their readings, other text without), made each time
     * they are read: a 20 MB paragraph has millions, and held they did not fit in 512 MB (issue 9).
     * Segments point into the paragraph's readings (no object per character). Read-only.
     */
    static final class RubySegments extends AbstractSequentialList<Views.Ruby> {
        private final String text;
        private final List<String> readings;
        private final int from;

        /** The segments of {@code text}, whose first character has reading {@code readings.get(from)}. */
        RubySegments(String text, List<String> readings, int from) {
            this.text = text;
            this.readings = readings;
            this.from = from;
        }

        @Override
        public boolean isEmpty() {
            return text.isEmpty();
        }

        /** Counted each time it is asked (rarely: FreeMarker's {@code ?has_content} of a run too long to mark). */
        @Override
        public int size() {
            int n = 0;
            for (Segments it = new Segments(); it.hasNext(); n++) {
                it.skip();
            }
            return n;
        }

        @Override
        public ListIterator<Views.Ruby> listIterator(int index) {
            Segments it = new Segments();
            for (int k = 0; k < index; k++) {
                it.skip();
            }
            return it;
        }

        /** Walks the text once, a segment at a time; forward only. */
        private final class Segments implements ListIterator<Views.Ruby> {
            private int i;
            private int at = from;
            private int index;

            @Override
            public boolean hasNext() {
                return i < text.length();
            }

            @Override
            public Views.Ruby next() {
                int start = i;
                int atStart = at;
                boolean han = skip();
                String chars = text.substring(start, i);
                return han ? new Views.Ruby("", chars, readings.subList(atStart, at)) : new Views.Ruby(chars, "", List.of());
            }

            /** Moves past the next segment; whether it is Han characters with readings. */
            boolean skip() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                boolean han = !readings.get(at).isEmpty();
                while (i < text.length() && !readings.get(at).isEmpty() == han) {
                    i += Character.charCount(text.codePointAt(i));
                    at++;
                }
                index++;
                return han;
            }

            @Override
            public int nextIndex() {
                return index;
            }

            @Override
            public boolean hasPrevious() {
                return index > 0;
            }

            @Override
            public Views.Ruby previous() {
                throw new UnsupportedOperationException("ruby segments are read forward");
            }

            @Override
            public int previousIndex() {
                return index - 1;
            }

            @Override
            public void remove() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void set(Views.Ruby e) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void add(Views.Ruby e) {
                throw new UnsupportedOperationException();
            }
        }
    }

    private static String summary(String text) {
        // counted in the text, not copied into an array of its code points (a question may be a 20 MB line, issue 9)
        if (text.codePointCount(0, text.length()) <= SUMMARY_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }

}
