package org.duidu.aids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duidu.model.Aids;
import org.duidu.model.ConversionRule;
import org.duidu.model.Inline;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;

/**
 * Derives the reading aids of an interview from its publication. Loading the dictionaries takes a
 * moment; an instance is immutable and can annotate any number of publications, in parallel.
 */
public final class ReadingAids {
    private final PinyinReader pinyin;
    private final TermFinder terms;
    /**
     * CC-CEDICT, read on a thread of its own from {@link #load}: only the site glossary's English needs
     * it (pages gloss from {@link GlossShards}), so annotating never waits for it.
     */
    private final java.util.concurrent.FutureTask<GlossDictionary> glosses;

    private ReadingAids(PinyinReader pinyin, TermFinder terms, java.util.concurrent.FutureTask<GlossDictionary> glosses) {
        this.pinyin = pinyin;
        this.terms = terms;
        this.glosses = glosses;
    }

    /** Loads the built-in dictionaries (pinyin, CC-CEDICT), corrections and term patterns. */
    public static ReadingAids load() {
        java.util.concurrent.FutureTask<GlossDictionary> glosses = new java.util.concurrent.FutureTask<>(GlossDictionary::builtIn);
        Thread reader = new Thread(glosses, "duidu-cedict");
        reader.setDaemon(true);
        reader.start();
        return new ReadingAids(PinyinReader.builtIn(), TermFinder.builtIn(), glosses);
    }

    private GlossDictionary glosses() {
        try {
            return glosses.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading CC-CEDICT", e);
        }
    }

    /**
     * The aids of one interview: readings are computed on the zh-Hans text and given to the zh-Hant
     * text position by position (the editions are converted character for character); a run whose
     * two forms differ in length (an explicit {@code -{zh-hans:…;zh-hant:…}-} pair) is read on its own.
     */
    public Aids annotate(Publication publication) {
        return annotate(publication, true);
    }

    /**
     * The aids of one interview, with its readings only when {@code readings} (a site without pinyin
     * pages shows none: its terms are all it needs).
     */
    public Aids annotate(Publication publication, boolean readings) {
        Map<Integer, List<String>> hans = new HashMap<>();
        Map<Integer, List<String>> hant = new HashMap<>();
        List<Paragraph> hansParagraphs = publication.hans().paragraphs();
        List<Paragraph> hantParagraphs = publication.hant().paragraphs();
        for (int i = 0; readings && i < hansParagraphs.size(); i++) {
            Paragraph s = hansParagraphs.get(i);
            List<String> read = pinyin.read(s.text());
            hans.put(s.number(), read);
            hant.put(s.number(), aligned(read, s, hantParagraphs.get(i)));
        }
        return new Aids(hans, hant, terms.find(hansParagraphs, hantParagraphs));
    }

    /**
     * The site's glossary ({@code glossary.yaml}) as dictionary entries for its terms page: both
     * written forms, the reading of the zh-Hans form and its CC-CEDICT English where the dictionary
     * has the word (else empty), in the glossary's order.
     */
    public List<Aids.Gloss> glossary(List<ConversionRule> rules) {
        List<Aids.Gloss> out = new ArrayList<>();
        for (ConversionRule rule : rules) {
            String reading = String.join(" ", pinyin.read(rule.hans()).stream().filter(r -> !r.isEmpty()).toList());
            List<Aids.Gloss> entries = glosses().entries(rule.hans());
            // the entry written exactly as the rule writes it, else the word's first entry
            String english = entries.stream().filter(g -> g.hans().equals(rule.hans()) && g.hant().equals(rule.hant())).findFirst()
                    .or(() -> entries.stream().findFirst()).map(Aids.Gloss::english).orElse("");
            out.add(new Aids.Gloss(rule.hans(), rule.hant(), reading, english));
        }
        return List.copyOf(out);
    }

    /** The zh-Hans readings carried over to the zh-Hant paragraph. */
    private List<String> aligned(List<String> hansReadings, Paragraph hans, Paragraph hant) {
        String hantText = hant.text();
        if (hantText.codePointCount(0, hantText.length()) == hansReadings.size()) {
            return hansReadings;
        }
        // the lengths differ: align run by run (both editions have the same runs), reading unequal runs afresh
        List<String> out = new ArrayList<>();
        int at = 0;
        for (int r = 0; r < hant.inlines().size(); r++) {
            Inline t = hant.inlines().get(r);
            int tLength = t.text().codePointCount(0, t.text().length());
            int sLength = r < hans.inlines().size() ? hans.inlines().get(r).text().codePointCount(0, hans.inlines().get(r).text().length()) : -1;
            if (tLength == sLength && at + sLength <= hansReadings.size()) {
                out.addAll(hansReadings.subList(at, at + sLength));
            } else {
                out.addAll(pinyin.read(t.text()));
            }
            at += Math.max(sLength, 0);
        }
        return List.copyOf(out);
    }
}
