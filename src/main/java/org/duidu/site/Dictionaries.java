package org.duidu.site;

import java.util.List;
import org.duidu.aids.ReadingAids;
import org.duidu.clean.Cleaner;
import org.duidu.config.HantStandard;
import org.duidu.config.SiteConfig;
import org.duidu.convert.Converter;
import org.duidu.model.ConversionRule;

/**
 * Keeps the loaded dictionaries between builds of one process (the rebuilds of {@code duidu serve}):
 * conversion, reloaded only when the settings it depends on change, the reading aids' and the
 * cleaner's, which depend on nothing of the site. Thread-safe (serve's preview of an edit may ask while
 * a build runs), each loaded once.
 */
public final class Dictionaries {
    private HantStandard standard;
    private List<ConversionRule> glossary;
    private Converter converter;
    private ReadingAids readingAids;
    private Cleaner cleaner;

    /**
     * The reading aids' dictionaries (pinyin, CC-CEDICT, term patterns), loaded on the first call
     * (synchronized: a build prefetches them on a thread of its own).
     */
    synchronized ReadingAids readingAids() {
        if (readingAids == null) {
            readingAids = ReadingAids.load();
        }
        return readingAids;
    }

    /** The cleaner (its character frequencies), loaded on the first call. */
    synchronized Cleaner cleaner() {
        if (cleaner == null) {
            cleaner = Cleaner.create();
        }
        return cleaner;
    }

    /** The converter for a site's settings, loading the dictionaries only when they changed. */
    synchronized Converter get(SiteConfig config) {
        if (converter == null || standard != config.hantStandard() || !glossary.equals(config.glossary())) {
            converter = Converter.create(config.hantStandard(), config.glossary());
            standard = config.hantStandard();
            glossary = config.glossary();
        }
        return converter;
    }
}
