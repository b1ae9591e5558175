package org.duidu.config;

import java.nio.file.Path;
import java.util.List;
import org.duidu.model.ConversionRule;
import org.duidu.model.Edition;

/**
 * Everything a build needs to know about a site project, validated.
 *
 * @param siteDir        the site project directory
 * @param outDir         where {@code site/} and {@code index/} are published
 * @param title          the site title (may contain either script; converted per edition)
 * @param baseUrl        absolute URL the site is deployed at, with trailing slash, or empty
 * @param defaultEdition the edition the landing page prefers when the reader has not chosen
 * @param hantStandard   Taiwan or Hong Kong character forms for zh-Hant
 * @param glossary       site-wide conversion rules from {@code glossary.yaml}
 * @param strict         whether warnings fail the build
 * @param conversionReport whether the build writes {@code OUT/conversion-report.txt}
 * @param force          whether the build may write into a non-empty output directory Duidu did not make
 * @param pageSize       how many interviews a list page (home, a person, a tag …) shows ({@code pageSize:}, default 20)
 * @param pinyinPages    whether each reading page and parallel view also gets its pinyin edition
 *                       ({@code pinyinPages:}, default true): an archive may leave them out, four of an
 *                       interview's eleven pages and about 60% of the site's bytes
 */
public record SiteConfig(Path siteDir, Path outDir, String title, String baseUrl, Edition defaultEdition,
                         HantStandard hantStandard, List<ConversionRule> glossary, boolean strict, boolean conversionReport,
                         boolean force, int pageSize, boolean pinyinPages) {
    /** The page size when {@code duidu.yaml} sets none. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    public SiteConfig {
        glossary = List.copyOf(glossary);
    }

    /** A configuration with pinyin pages. */
    public SiteConfig(Path siteDir, Path outDir, String title, String baseUrl, Edition defaultEdition,
                      HantStandard hantStandard, List<ConversionRule> glossary, boolean strict, boolean conversionReport,
                      boolean force, int pageSize) {
        this(siteDir, outDir, title, baseUrl, defaultEdition, hantStandard, glossary, strict, conversionReport, force, pageSize, true);
    }

    /** A configuration with the default page size. */
    public SiteConfig(Path siteDir, Path outDir, String title, String baseUrl, Edition defaultEdition,
                      HantStandard hantStandard, List<ConversionRule> glossary, boolean strict, boolean conversionReport,
                      boolean force) {
        this(siteDir, outDir, title, baseUrl, defaultEdition, hantStandard, glossary, strict, conversionReport, force, DEFAULT_PAGE_SIZE);
    }

    /** A configuration that does not force its way into a foreign output directory. */
    public SiteConfig(Path siteDir, Path outDir, String title, String baseUrl, Edition defaultEdition,
                      HantStandard hantStandard, List<ConversionRule> glossary, boolean strict, boolean conversionReport) {
        this(siteDir, outDir, title, baseUrl, defaultEdition, hantStandard, glossary, strict, conversionReport, false);
    }

    /** The seeds directory. */
    public Path seedsDir() {
        return siteDir.resolve("seeds");
    }

    /** A copy with strictness set. */
    public SiteConfig withStrict(boolean value) {
        return new SiteConfig(siteDir, outDir, title, baseUrl, defaultEdition, hantStandard, glossary, value, conversionReport, force, pageSize, pinyinPages);
    }

    /** A copy that does (or does not) write the conversion report. */
    public SiteConfig withConversionReport(boolean value) {
        return new SiteConfig(siteDir, outDir, title, baseUrl, defaultEdition, hantStandard, glossary, strict, value, force, pageSize, pinyinPages);
    }

    /** A copy that may (or may not) write into a non-empty output directory Duidu did not make ({@code build --force}). */
    public SiteConfig withForce(boolean value) {
        return new SiteConfig(siteDir, outDir, title, baseUrl, defaultEdition, hantStandard, glossary, strict, conversionReport, value, pageSize, pinyinPages);
    }
}
