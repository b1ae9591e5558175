package org.duidu.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.duidu.clean.Cleaner;
import org.duidu.config.SiteConfig;
import org.duidu.convert.Converter;
import org.duidu.diag.Diagnostics;
import org.duidu.diag.DuiduException;
import org.duidu.ingest.Ingest;
import org.duidu.ingest.Seed;
import org.duidu.model.Edition;
import org.duidu.model.Interview;
import org.duidu.model.Publication;
import org.duidu.model.SourceSpan;
import org.duidu.publish.Generation;
import org.duidu.render.SiteRenderer;
import org.duidu.search.SearchIndexer;

/** Builds a site: the pipeline of DESIGN.md, stage by stage. */
public final class SiteBuilder {
    private SiteBuilder() {
    }

    /**
     * Checks every seed (ingest and clean) without writing anything.
     *
     * @return the diagnostics found
     */
    public static Diagnostics check(SiteConfig config) {
        Diagnostics diagnostics = new Diagnostics();
        readAndClean(config, diagnostics, new ArrayList<>());
        SiteRenderer.checkTemplates(config.siteDir(), diagnostics);
        return diagnostics;
    }

    /** The seeds as read, and their cleaned interviews, in the same order. */
    private record Cleaned(List<Seed> seeds, List<Interview> interviews) {
    }

    /** Ingest and clean, the stages {@code check} and {@code build} share. */
    private static Cleaned readAndClean(SiteConfig config, Diagnostics diagnostics, List<StageTiming> timings) {
        List<Path> files = Ingest.discover(config.siteDir(), config.seedsDir(), diagnostics);
        List<Seed> seeds = timed("ingest", timings, () -> files.stream()
                .map(f -> Ingest.read(config.siteDir(), f, diagnostics)).flatMap(Optional::stream).toList());
        checkSlugsAreUnique(seeds, diagnostics);
        Cleaner cleaner = Cleaner.create();
        List<Interview> cleaned = timed("clean", timings, () -> seeds.stream()
                .map(s -> cleaner.clean(s.interview(), s.sidecar().errata(), diagnostics)).toList());
        return new Cleaned(seeds, cleaned);
    }

    /**
     * Reads, cleans and converts every seed.
     *
     * @throws DuiduException when a seed has errors (or warnings, in strict mode)
     */
    public static Prepared prepare(SiteConfig config, Diagnostics diagnostics) {
        return prepare(config, diagnostics, new ConverterCache());
    }

    /** Like {@link #prepare(SiteConfig, Diagnostics)}, reusing dictionaries an earlier build loaded. */
    static Prepared prepare(SiteConfig config, Diagnostics diagnostics, ConverterCache converters) {
        List<StageTiming> timings = new ArrayList<>();
        Cleaned read = readAndClean(config, diagnostics, timings);
        List<Seed> seeds = read.seeds();
        List<Interview> cleaned = read.interviews();
        failOnErrors(config, diagnostics);
        Converter converter = timed("load dictionaries", timings, () -> converters.get(config));
        List<Publication> publications = timed("convert", timings, () -> {
            List<Publication> out = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                out.add(converter.convert(cleaned.get(i), seeds.get(i).sidecar().rules()));
            }
            return out;
        });
        Map<Edition, String> titles = new EnumMap<>(Edition.class);
        titles.put(Edition.HANS, converter.toHans(config.title()));
        titles.put(Edition.HANT, converter.toHant(config.title()));
        List<SeedSummary> summaries = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            Publication p = publications.get(i);
            summaries.add(new SeedSummary(p.source().file(), seeds.get(i).charset(), p.script().id(),
                    p.source().sections().size(), p.source().paragraphs().size()));
        }
        Optional<String> report = config.conversionReport()
                ? Optional.of(timed("conversion report", timings, () -> converter.report(publications).format()))
                : Optional.empty();
        List<SiteRenderer.ProsePage> prose = timed("prose pages", timings, () -> prosePages(config, converter));
        return new Prepared(publications, titles, summaries, timings, report, prose);
    }

    /**
     * Builds the site into {@code config.outDir()}: {@code site/} and {@code index/}, published
     * atomically. On any failure the previous output is left as it was.
     *
     * @throws DuiduException on content errors or write failures
     */
    public static BuildResult build(SiteConfig config) {
        return build(config, new ConverterCache());
    }

    /**
     * Like {@link #build(SiteConfig)}, reusing the dictionaries an earlier build of this process
     * loaded (for {@code duidu serve}'s rebuilds).
     */
    public static BuildResult build(SiteConfig config, ConverterCache converters) {
        Diagnostics diagnostics = new Diagnostics();
        Prepared prepared = prepare(config, diagnostics, converters);
        List<StageTiming> timings = new ArrayList<>(prepared.timings());
        Map<Edition, String> titles = prepared.siteTitles();
        try (Generation staged = Generation.begin(config.outDir(), config.force())) {
            staged.notes().forEach(n -> diagnostics.warning("output", SourceSpan.wholeFile(config.outDir().toString()), n));
            SiteRenderer.SiteInfo info = new SiteRenderer.SiteInfo(config.siteDir(), titles, config.baseUrl(), config.defaultEdition(),
                    prepared.prose());
            int pages = timedIo("render", timings, () -> SiteRenderer.render(info, prepared.publications(), staged.site()));
            timedIo("index", timings, () -> {
                // the generation starts from the previous one's index, cache and site: unchanged
                // interviews leave their static search files as they are
                try (SearchIndexer indexer = SearchIndexer.open(staged.indexDir(), staged.cacheDir())) {
                    indexer.notes().forEach(n -> diagnostics.note("search", SourceSpan.wholeFile(staged.indexDir().toString()), n));
                    java.util.Set<String> gone = new java.util.HashSet<>(indexer.indexed());
                    for (Publication publication : prepared.publications()) {
                        indexer.put(publication);
                        gone.remove(publication.slug());
                    }
                    for (String slug : gone) {
                        indexer.remove(slug);
                    }
                    indexer.finish(staged.site());
                }
                return null;
            });
            timedIo("publish", timings, () -> {
                staged.publish();
                if (prepared.conversionReport().isPresent()) {
                    writeAtomically(config.outDir().resolve("conversion-report.txt"), prepared.conversionReport().get());
                }
                return null;
            });
            return new BuildResult(config.outDir().resolve("site"), config.outDir().resolve("index"), prepared.seeds(), pages,
                    diagnostics.all(), timings);
        } catch (IOException e) {
            throw new DuiduException("cannot write the site to " + config.outDir() + ": " + e.getMessage(), e);
        }
    }

    /** Two interviews with one slug would overwrite each other's pages. */
    private static void checkSlugsAreUnique(List<Seed> seeds, Diagnostics diagnostics) {
        Map<String, String> firstFile = new HashMap<>();
        for (Seed seed : seeds) {
            String slug = seed.interview().slug();
            String previous = firstFile.putIfAbsent(slug, seed.interview().file());
            if (previous != null) {
                diagnostics.error("duplicate-slug", SourceSpan.wholeFile(seed.interview().file()),
                        "its URL name '" + slug + "' is already used by " + previous + "; set another 'slug:' in its sidecar");
            }
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), ".report-", ".tmp");
        Files.writeString(temp, text);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The site's prose pages ({@code pages/*.md}), each converted into both editions. */
    private static List<SiteRenderer.ProsePage> prosePages(SiteConfig config, Converter converter) {
        Path dir = config.siteDir().resolve("pages");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<SiteRenderer.ProsePage> pages = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.md$", "");
                String text = Files.readString(f);
                pages.add(new SiteRenderer.ProsePage(name, Map.of(Edition.HANS, converter.toHans(text), Edition.HANT, converter.toHant(text))));
            }
            return pages;
        } catch (IOException e) {
            throw new DuiduException(dir + ": cannot read prose pages: " + e.getMessage(), e);
        }
    }

    private static void failOnErrors(SiteConfig config, Diagnostics diagnostics) {
        if (diagnostics.hasErrors() || (config.strict() && diagnostics.warningCount() > 0)) {
            String what = diagnostics.hasErrors() ? diagnostics.errorCount() + " error(s)" : diagnostics.warningCount() + " warning(s) in strict mode";
            throw new DuiduException("build stopped: " + what + "; the previous output is unchanged", diagnostics.all());
        }
    }

    private static <T> T timed(String stage, List<StageTiming> timings, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        timings.add(new StageTiming(stage, (System.nanoTime() - start) / 1_000_000));
        return result;
    }

    /** A stage that writes files. */
    private interface IoWork<T> {
        T run() throws IOException;
    }

    private static <T> T timedIo(String stage, List<StageTiming> timings, IoWork<T> work) throws IOException {
        long start = System.nanoTime();
        T result = work.run();
        timings.add(new StageTiming(stage, (System.nanoTime() - start) / 1_000_000));
        return result;
    }
}
