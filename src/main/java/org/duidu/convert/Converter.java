package org.duidu.convert;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.duidu.config.HantStandard;
import org.duidu.model.ConversionRule;
import org.duidu.model.Edition;
import org.duidu.model.Inline;
import org.duidu.model.Interview;
import org.duidu.model.Metadata;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.duidu.model.SourceScript;
import org.duidu.model.Speaker;

/**
 * Makes the zh-Hans and zh-Hant editions of an interview: zh-Hans by phrase-level T→S of the source,
 * zh-Hant by phrase-level S→T of the zh-Hans text (so pseudo-Traditional leftovers are repaired).
 * Rule layers, most specific last (DESIGN §3): OpenCC tables, built-in corrections, the site's
 * glossary, the interview's rules. One instance per build: it loads its dictionaries once, is
 * immutable afterwards and safe to share between threads.
 */
public final class Converter {
    private final HantStandard standard;
    private final List<ConversionRule> glossary;
    private final Rules glossaryRules;
    private final Engine hans;
    private final Engine hant;
    private final ScriptDetector detector;
    /** Engines for the other OpenCC configurations, built on first use (conformance tests only). */
    private final Map<Target, Engine> others = new ConcurrentHashMap<>();

    private Converter(HantStandard standard, List<ConversionRule> glossary) {
        this.standard = standard;
        this.glossary = List.copyOf(glossary);
        this.glossaryRules = new Rules(this.glossary);
        // the two engines share no tables: build zh-Hant on a second thread meanwhile
        Target hantTarget = standard == HantStandard.HONG_KONG ? Target.HANT_HK : Target.HANT_TW;
        CompletableFuture<Engine> hantLater = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                hantLater.complete(Engine.load(hantTarget));
            } catch (RuntimeException | Error e) {
                hantLater.completeExceptionally(e);
            }
        }, "duidu-convert-load");
        loader.setDaemon(true);
        loader.start();
        this.hans = Engine.load(Target.HANS);
        this.hant = join(hantLater);
        this.detector = ScriptDetector.builtIn();
    }

    private static Engine join(CompletableFuture<Engine> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * A converter for a site. Loads the dictionaries (about a second on a cold JVM).
     *
     * @param standard Taiwan or Hong Kong forms for zh-Hant
     * @param glossary the site's conversion rules
     */
    public static Converter create(HantStandard standard, List<ConversionRule> glossary) {
        return new Converter(standard, glossary);
    }

    /** Converts text (Traditional, Simplified or mixed) to standard Simplified, phrase by phrase. */
    public String toHans(String text) {
        return glossaryRules.apply(text, true, hans::convert);
    }

    /** Converts (Simplified or Traditional) text to standard Traditional in the configured standard. */
    public String toHant(String text) {
        return glossaryRules.apply(toHans(text), false, hant::convert);
    }

    /** Converts text to an edition ({@link #toHans} or {@link #toHant}). */
    public String to(Edition edition, String text) {
        return edition == Edition.HANS ? toHans(text) : toHant(text);
    }

    /** Detects whether a text is written in Traditional or Simplified script, or mixes them. */
    public SourceScript detect(String text) {
        return detector.detect(text);
    }

    /**
     * Converts a stream of any size in bounded memory: text is cut only after a line break or a
     * punctuation mark (or, failing that, every 64k characters), so phrases are not split.
     *
     * @param in      the text to convert; read to its end, not closed
     * @param out     where the conversion goes; flushed, not closed
     * @param edition the edition to write
     * @throws IOException when reading or writing fails
     */
    public void convert(Reader in, Writer out, Edition edition) throws IOException {
        convert(in, out, edition, false);
    }

    /**
     * Like {@link #convert(Reader, Writer, Edition)}, honouring inline markup when {@code markup} is
     * set: {@code -{…}-} is copied unconverted (without the markers) and
     * {@code -{zh-hans:…;zh-hant:…}-} gives the edition's form.
     */
    public void convert(Reader in, Writer out, Edition edition, boolean markup) throws IOException {
        UnaryOperator<String> op = markup ? text -> toWithMarkup(edition, text) : text -> to(edition, text);
        new StreamConverter(op, markup).convert(in, out);
    }

    private String toWithMarkup(Edition edition, String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (Inline i : org.duidu.model.InlineMarkup.parse(text)) {
            sb.append(i instanceof Inline.Verbatim v ? v.in(edition) : to(edition, i.text()));
        }
        return sb.toString();
    }

    /**
     * Makes both editions of a cleaned interview.
     *
     * @param source         the cleaned source interview
     * @param interviewRules the interview's own rules (sidecar, inline), most specific
     */
    public Publication convert(Interview source, List<ConversionRule> interviewRules) {
        StringBuilder all = new StringBuilder();
        source.paragraphs().forEach(p -> p.inlines().forEach(i -> {
            if (i instanceof Inline.Text t) {
                all.append(t.text()).append('\n');
            }
        }));
        SourceScript script = detect(all.toString());
        List<ConversionRule> rules = new ArrayList<>(glossary);
        rules.addAll(interviewRules);
        Rules layered = new Rules(rules);
        // a Simplified seed is its own zh-Hans edition: only the rules touch it
        UnaryOperator<String> toHansOp = script == SourceScript.SIMPLIFIED
                ? s -> layered.apply(s, true, x -> x)
                : s -> layered.apply(s, true, hans::convert);
        UnaryOperator<String> toHantOp = s -> layered.apply(toHansOp.apply(s), false, hant::convert);
        // labels, names, titles are short and often typed apart from the text (記者 in a Simplified
        // seed, the parser's own 訪談): they always get the full conversion
        UnaryOperator<String> headerToHans = s -> layered.apply(s, true, hans::convert);
        UnaryOperator<String> headerToHant = s -> layered.apply(headerToHans.apply(s), false, hant::convert);
        Interview h = edition(source, toHansOp, headerToHans, Edition.HANS);
        Interview t = edition(source, toHantOp, headerToHant, Edition.HANT);
        return new Publication(source, h, t, script);
    }

    /**
     * The conversion report of a build: every character with more than one reading in the other
     * script, in context, with the choice made (DESIGN §3).
     */
    public ConversionReport report(List<Publication> publications) {
        return ConversionReport.of(publications);
    }

    /** Converts with one OpenCC configuration's tables and the built-in corrections (no glossary). */
    String convert(String text, Target target) {
        Engine e = target == Target.HANS ? hans
                : target == (standard == HantStandard.HONG_KONG ? Target.HANT_HK : Target.HANT_TW) ? hant
                : others.computeIfAbsent(target, Engine::load);
        return e.convert(text);
    }

    private Interview edition(Interview source, UnaryOperator<String> op, UnaryOperator<String> header, Edition edition) {
        Metadata meta = source.metadata().mapText(header);
        List<Speaker> speakers = source.speakers().stream()
                .map(s -> new Speaker(header.apply(s.label()), s.interviewer(), header.apply(s.name()),
                        s.titles().stream().map(header).toList()))
                .toList();
        return source.withHeader(meta, speakers)
                .mapParagraphs(p -> new Paragraph(p.number(), p.role(), header.apply(p.speaker()), p.point(),
                        convertInlines(p.inlines(), op, edition), p.readings(), p.span()));
    }

    private static List<Inline> convertInlines(List<Inline> inlines, UnaryOperator<String> op, Edition edition) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                out.add(new Inline.Text(op.apply(t.text())));
            } else if (i instanceof Inline.Correction c) {
                out.add(new Inline.Correction(op.apply(c.text()), c.original(), op.apply(c.note())));
            } else if (i instanceof Inline.Verbatim v) {
                // the edition shows its own form; both forms stay for whoever compares editions
                out.add(new Inline.Verbatim(v.in(edition), v.hans(), v.hant()));
            } else {
                out.add(i); // garbled runs stay as found
            }
        }
        return out;
    }
}
