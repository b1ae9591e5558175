package org.duidu.convert;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.ArrayList;
import java.util.List;
import org.duidu.config.HantStandard;
import org.duidu.model.ConversionRule;
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
 * One instance per build; it is immutable and safe to share.
 */
public final class Converter {
    private final HantStandard standard;
    private final List<ConversionRule> glossary;

    private Converter(HantStandard standard, List<ConversionRule> glossary) {
        this.standard = standard;
        this.glossary = List.copyOf(glossary);
    }

    /**
     * A converter for a site.
     *
     * @param standard Taiwan or Hong Kong forms for zh-Hant
     * @param glossary the site's conversion rules
     */
    public static Converter create(HantStandard standard, List<ConversionRule> glossary) {
        return new Converter(standard, glossary);
    }

    /** Converts text to standard Simplified, phrase by phrase. */
    public String toHans(String text) {
        return ZhConverterUtil.toSimple(text);
    }

    /** Converts (Simplified or Traditional) text to standard Traditional in the configured standard. */
    public String toHant(String text) {
        String hans = toHans(text);
        return standard == HantStandard.HONG_KONG ? ZhHkConverterUtil.toTraditional(hans) : ZhTwConverterUtil.toTraditional(hans);
    }

    /** Detects whether a text is written in Traditional or Simplified script, or mixes them. */
    public SourceScript detect(String text) {
        return ScriptDetector.detect(text);
    }

    /**
     * Makes both editions of a cleaned interview.
     *
     * @param source         the cleaned source interview
     * @param interviewRules the interview's own rules (sidecar, inline), most specific
     */
    public Publication convert(Interview source, List<ConversionRule> interviewRules) {
        String all = source.paragraphs().stream().map(Paragraph::text).reduce("", String::concat);
        Interview hans = edition(source, true);
        Interview hant = edition(source, false);
        return new Publication(source, hans, hant, detect(all));
    }

    private Interview edition(Interview source, boolean toHans) {
        Metadata m = source.metadata();
        Metadata meta = new Metadata(convert(m.title(), toHans), m.date(), m.source().map(s -> convert(s, toHans)), m.sourceUrl());
        List<Speaker> speakers = source.speakers().stream()
                .map(s -> new Speaker(convert(s.label(), toHans), s.interviewer(), convert(s.name(), toHans),
                        s.titles().stream().map(t -> convert(t, toHans)).toList()))
                .toList();
        return source.withHeader(meta, speakers).mapParagraphs(p -> p.withContent(convertInlines(p.inlines(), toHans), p.readings()))
                .mapParagraphs(p -> new Paragraph(p.number(), p.role(), convert(p.speaker(), toHans), p.point(), p.inlines(), p.readings(), p.span()));
    }

    private List<Inline> convertInlines(List<Inline> inlines, boolean toHans) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                out.add(new Inline.Text(convert(t.text(), toHans)));
            } else if (i instanceof Inline.Correction c) {
                out.add(new Inline.Correction(convert(c.text(), toHans), c.original(), convert(c.note(), toHans)));
            } else {
                out.add(i); // garbled runs stay as found; verbatim runs carry their own per-edition text
            }
        }
        return out;
    }

    private String convert(String text, boolean toHans) {
        return toHans ? toHans(text) : toHant(text);
    }
}
