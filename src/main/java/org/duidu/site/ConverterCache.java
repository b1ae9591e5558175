package org.duidu.site;

import java.util.List;
import org.duidu.config.HantStandard;
import org.duidu.config.SiteConfig;
import org.duidu.convert.Converter;
import org.duidu.model.ConversionRule;

/**
 * Keeps the loaded conversion dictionaries between builds of one process (the rebuilds of
 * {@code duidu serve}), reloading only when the settings they depend on change. Not thread-safe:
 * one per sequence of builds.
 */
public final class ConverterCache {
    private HantStandard standard;
    private List<ConversionRule> glossary;
    private Converter converter;

    /** The converter for a site's settings, loading the dictionaries only when they changed. */
    Converter get(SiteConfig config) {
        if (converter == null || standard != config.hantStandard() || !glossary.equals(config.glossary())) {
            converter = Converter.create(config.hantStandard(), config.glossary());
            standard = config.hantStandard();
            glossary = config.glossary();
        }
        return converter;
    }
}
