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
import java.util.stream.Collectors;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.duidu.aids.GlossShards;
import org.duidu.aids.ReadingAids;
import org.duidu.clean.Cleaner;
import org.duidu.config.SiteConfig;
import org.duidu.config.SiteFiles;
import org.duidu.convert.Converter;
import org.duidu.diag.Diagnostics;
import org.duidu.diag.DuiduException;
import org.duidu.ingest.Ingest;
import org.duidu.ingest.Seed;
import org.duidu.model.Aids;
import org.duidu.model.Edition;
import org.duidu.model.Publication;
import org.duidu.model.SourceSpan;
import org.duidu.model.UrlScheme;
import org.duidu.publish.Generation;
import org.duidu.render.InterviewSummary;
import org.duidu.render.SiteRenderer;
import org.duidu.search.SearchIndexer;

/** Builds a site: the pipeline of DESIGN.md, stage by stage. */
public final class SiteBuilder {
    /**
     * The heap an interview needs for the finishing stages to run side by side: a build holds about 6 KB
     * an interview to its end, and the terms index and the search files each want a few more. 100,000
     * interviews under -Xmx1g (10 KB each) run them one after the other; 10,000 under -Xmx512m, or any
     * archive with the JVM's default heap, side by side.
     */
    private static final long ROOMY_HEAP_PER_INTERVIEW = 16 * 1024;

    private SiteBuilder() {
    }

    /**
     * Checks every seed (ingest and clean) without writing anything.
     *
     * @return the diagnostics found
     */
    public static Diagnostics check(SiteConfig config) {
        Diagnostics diagnostics = new Diagnostics();
        Cleaner cleaner = Cleaner.create();
        List<InterviewJob.Outcome> outcomes = new ArrayList<>();
        SiteFiles.reportEscapes(config.siteDir(), diagnostics);
        for (Path file : Ingest.discover(config.siteDir(), config.seedsDir(), diagnostics)) {
            Diagnostics own = new Diagnostics();
            Optional<Seed> seed = Ingest.read(config.siteDir(), file, own);
            seed.ifPresent(s -> cleaner.clean(s.interview(), s.sidecar().errata(), own));
            diagnostics.addAll(own);
            seed.ifPresent(s -> outcomes.add(InterviewJob.Outcome.failed(s.interview().slug(), s.interview().file(), "", own)));
        }
        checkSlugsAreUnique(outcomes, diagnostics);
        SiteRenderer.checkTemplates(config.siteDir(), diagnostics);
        return diagnostics;
    }

    /**
     * Reads, cleans and converts every seed, holding them all (for tools and tests on small sites;
     * {@link #build} streams instead).
     *
     * @throws DuiduException when a seed has errors (or warnings, in strict mode)
     */
    public static Prepared prepare(SiteConfig config, Diagnostics diagnostics) {
        List<StageTiming> timings = new ArrayList<>();
        Dictionaries dictionaries = new Dictionaries();
        // nothing is rendered from these publications: no reading aids (loading the dictionaries takes a moment)
        InterviewJob job = new InterviewJob(config, new Lazy<>(Cleaner::create), () -> dictionaries.get(config), p -> Aids.NONE, BuildCache.empty());
        SiteFiles.reportEscapes(config.siteDir(), diagnostics);
        List<InterviewJob.Outcome> outcomes = Ingest.discover(config.siteDir(), config.seedsDir(), diagnostics).stream()
                .map(job::prepare).toList();
        outcomes.forEach(o -> diagnostics.addAll(o.diagnostics()));
        checkSlugsAreUnique(outcomes, diagnostics);
        failOnErrors(config, diagnostics);
        Converter converter = dictionaries.get(config);
        List<Publication> publications = outcomes.stream().flatMap(o -> o.publication().stream()).toList();
        Optional<String> report = config.conversionReport() ? Optional.of(converter.report(publications).format()) : Optional.empty();
        return new Prepared(publications, titles(config, converter::toHans, converter::toHant), outcomes.stream().flatMap(o -> o.seed().stream()).toList(),
                timings, report, prosePages(config, converter::toHans, converter::toHant));
    }

    /**
     * Builds the site into {@code config.outDir()}: {@code site/} and {@code index/}, published
     * atomically. On any failure the previous output is left as it was.
     *
     * @throws DuiduException on content errors or write failures
     */
    public static BuildResult build(SiteConfig config) {
        return build(config, new Dictionaries());
    }

    /**
     * Like {@link #build(SiteConfig)}, reusing the dictionaries an earlier build of this process
     * loaded (for {@code duidu serve}'s rebuilds).
     */
    public static BuildResult build(SiteConfig config, Dictionaries dictionaries) {
        return build(config, dictionaries, new BuildMemory(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Like {@link #build(SiteConfig, Dictionaries)}, also taking the previous build's cache from
     * {@code memory} instead of reading it again, when this process wrote it (serve's rebuilds).
     */
    public static BuildResult build(SiteConfig config, Dictionaries dictionaries, BuildMemory memory) {
        return build(config, dictionaries, memory, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The pages of edited seeds, rendered into {@code into} before the build that publishes them, as
     * that build will write them unless the edits change what other interviews show (see
     * {@link EditPreview}); serve shows them at once.
     *
     * @param changed the files that changed
     * @return the rendered pages by site path, or empty when the edits are not previewed (a seed is new,
     *         gone or has problems, the settings changed, or this process has not built yet)
     * @throws IOException when a page cannot be written into {@code into}
     */
    public static Optional<Map<String, Path>> preview(SiteConfig config, Dictionaries dictionaries, BuildMemory memory, List<Path> changed,
                                                      Path into) throws IOException {
        return EditPreview.render(config, dictionaries, memory, changed, into);
    }

    /** Like {@link #build(SiteConfig, Dictionaries, BuildMemory)} on a pool of {@code threads} workers. */
    static BuildResult build(SiteConfig config, Dictionaries dictionaries, BuildMemory memory, int threads) {
        try {
            return buildOnce(config, dictionaries, memory, threads);
        } catch (RuntimeException | Error e) {
            memory.forget(); // the cache it may have written was never published
            throw e;
        }
    }

    private static BuildResult buildOnce(SiteConfig config, Dictionaries dictionaries, BuildMemory memory, int threads) {
        memory.pagerKeys().nextBuild();
        long started = System.nanoTime();
        if (memory.lastCache().isEmpty() && Generation.hasPublished(config.outDir())) {
            // an output built before, by another process: its cache will be read after the first stages
            SideStage.start("duidu-cache-warm-up", BuildCache::warmUp);
        }
        Diagnostics diagnostics = new Diagnostics();
        List<StageTiming> timings = new ArrayList<>();
        long phase = System.nanoTime();
        List<Path> files = Ingest.discover(config.siteDir(), config.seedsDir(), diagnostics);
        SiteFiles.reportEscapes(config.siteDir(), diagnostics);
        phase = lap("discover", timings, phase);
        failOnErrors(config, diagnostics); // a link out of the site stops the build before any file is read
        // the dictionaries load when first needed: a build whose seeds all come from the cache needs none
        Lazy<ReadingAids> aids = new Lazy<>(dictionaries::readingAids);
        Lazy<Converter> converter = new Lazy<>(() -> {
            aids.inBackground("duidu-aids"); // a seed is read: its reading aids are wanted right after its conversion
            return dictionaries.get(config);
        });
        try (Generation staged = Generation.begin(config.outDir(), config.force())) {
            staged.notes().forEach(n -> diagnostics.warning("output", SourceSpan.wholeFile(config.outDir().toString()), n));
            TrackedTree site = new TrackedTree(staged.site(), staged.siteDir(), staged.previousSiteFiles());
            phase = lap("generation", timings, phase);
            List<String> notes = new ArrayList<>();
            // the conversion report needs every publication: such a build reads everything
            BuildCache cache = staged.inheritsPrevious() && !config.conversionReport() ? BuildCache.load(staged.cacheDir(), notes, memory)
                    : BuildCache.empty();
            notes.forEach(n -> diagnostics.note("build-cache", SourceSpan.wholeFile(config.outDir().toString()), n));
            lap("cache", timings, phase);
            String textsKey = InputKeys.content(config);
            SiteTexts texts = new SiteTexts(converter, cache.texts(textsKey));
            List<SiteRenderer.ProsePage> prose = timed("prose pages", timings, () -> prosePages(config, texts::toHans, texts::toHant));
            // the glossary's readings and English need the reading aids' dictionaries: from the cache when it has them
            List<Aids.Gloss> glossary = cache.glossary(textsKey)
                    .orElseGet(() -> config.glossary().isEmpty() ? List.of() : aids.get().glossary(config.glossary()));
            // the cleaner's character frequencies load on first use too
            InterviewJob job = new InterviewJob(config, new Lazy<>(dictionaries::cleaner), converter, p -> aids.get().annotate(p, config.pinyinPages()), cache, memory);
            // one hash of templates, assets, pages and settings per build, shared by the job, the list pages and the theme
            String renderKey = job.renderKey();
            ListPageMemo listPages = new ListPageMemo(cache.listPages(), renderKey, site);
            SiteRenderer renderer = SiteRenderer.open(siteInfo(config, texts, prose, glossary), site, listPages, memory.themes(), renderKey);
            List<InterviewJob.Outcome> outcomesOut;
            try (SearchIndexer indexer = SearchIndexer.open(staged.indexDir(), staged.cacheDir())) {
                indexer.notes().forEach(n -> diagnostics.note("build-cache", SourceSpan.wholeFile(config.outDir().toString()), n));
                job.writeTo(renderer, site, indexer, config.conversionReport(), files.size());
                // the site's one copy of the tap-to-gloss dictionary (15 MB on a cold build) is written beside the interviews
                SideStage glossFiles = SideStage.start("duidu-gloss", () -> GlossFiles.write(site));
                List<InterviewJob.Outcome> outcomes;
                try {
                    outcomes = timedIo("interviews", timings, () -> InterviewPipeline.run(files, job::prepare, job::write, threads));
                } catch (IOException | RuntimeException | Error e) {
                    glossFiles.awaitQuietly(); // never left writing into a generation that is given up
                    throw e;
                }
                glossFiles.await();
                timings.add(new StageTiming("gloss dictionary (beside the interviews)", glossFiles.millis()));
                outcomes.forEach(o -> diagnostics.addAll(o.diagnostics()));
                checkSlugsAreUnique(outcomes, diagnostics);
                failOnErrors(config, diagnostics);
                if (converter.millis() >= 0) {
                    timings.add(new StageTiming("load dictionaries", converter.millis()));
                }
                if (aids.millis() >= 0) {
                    timings.add(new StageTiming("load reading aids", aids.millis()));
                }
                for (InterviewJob.Stage stage : InterviewJob.Stage.values()) {
                    timings.add(new StageTiming(stage.name().toLowerCase(java.util.Locale.ROOT) + " (summed over " + threads + " threads)",
                            job.millis(stage)));
                }
                List<InterviewSummary> summaries = outcomes.stream().flatMap(o -> o.summary().stream()).toList();
                String listsKey = job.listsKey(textsKey);
                String termsKey = job.termsKey(textsKey);
                // The search files need the indexer alone: they are written on a thread of their own beside the
                // list pages and related blocks, which need the renderer alone (the pool's two threads are idle by
                // now, and each of the three stages runs on one). Side by side they hold their working sets at
                // once: on a heap small for the archive, the search files wait for the others.
                boolean roomy = Runtime.getRuntime().maxMemory() / Math.max(1, summaries.size()) >= ROOMY_HEAP_PER_INTERVIEW;
                SideStage.Work writeSearchFiles = () -> finishIndex(indexer, summaries, site);
                SideStage searchFiles = roomy ? SideStage.start("duidu-search-files", writeSearchFiles) : null;
                try {
                    timedIo("list pages", timings, () -> listPages(renderer, listPages, summaries, cache, listsKey, termsKey));
                    timedIo("related interviews", timings, () -> RelatedPages.fill(renderer, summaries, staged.siteDir(), staged.cacheDir()));
                } catch (IOException | RuntimeException | Error e) {
                    if (searchFiles != null) {
                        searchFiles.awaitQuietly(); // never left writing into a generation that is given up
                    }
                    throw e;
                }
                if (searchFiles == null) {
                    searchFiles = SideStage.start("duidu-search-files", writeSearchFiles);
                }
                searchFiles.await();
                timings.add(new StageTiming(roomy ? "index (beside list pages and related)" : "index (after list pages and related)",
                        searchFiles.millis()));
                timedIo("index, after", timings, () -> {
                    site.keep(indexer.staticFiles());
                    renderer.renderSearchFacets(summaries, indexer.staticKeys());
                    BuildCache.save(staged.cacheDir(), job.entries(), textsKey, texts.used(), glossary, listPages.keys(), listsKey, termsKey, memory);
                    return null;
                });
                outcomesOut = outcomes;
            }
            List<InterviewJob.Outcome> outcomes = outcomesOut;
            List<Publication> ordered = job.publications();
            Optional<String> report = config.conversionReport()
                    ? Optional.of(timed("conversion report", timings, () -> converter.get().report(ordered).format())) : Optional.empty();
            timedIo("publish", timings, () -> {
                site.sweep();
                staged.publish();
                if (report.isPresent()) {
                    writeAtomically(config.outDir().resolve("conversion-report.txt"), report.get());
                }
                return null;
            });
            return new BuildResult(config.outDir().resolve("site"), config.outDir().resolve("index"),
                    outcomes.stream().flatMap(o -> o.seed().stream()).toList(), renderer.pages(), diagnostics.all(), timings,
                    (System.nanoTime() - started) / 1_000_000, job.reads());
        } catch (IOException e) {
            throw new DuiduException("cannot write the site to " + config.outDir() + ": " + e.getMessage(), e);
        }
    }

    /** Removes the documents of seeds that are gone, then commits the index and writes the static search files. */
    private static void finishIndex(SearchIndexer indexer, List<InterviewSummary> summaries, TrackedTree site) throws IOException {
        Set<String> present = summaries.stream().map(InterviewSummary::slug).collect(Collectors.toSet());
        for (String slug : indexer.indexed()) {
            if (!present.contains(slug)) {
                indexer.remove(slug); // its seed is gone (or now a draft)
            }
        }
        indexer.finish(site);
    }

    /**
     * Renders the list pages, or keeps them: an edit inside answers (no title, date, people, lead …
     * changed; nor templates, settings, texts) leaves every list page as it was, but the terms index
     * when it changed the interview's terms.
     */
    private static Void listPages(SiteRenderer renderer, ListPageMemo listPages, List<InterviewSummary> summaries, BuildCache cache,
                                  String listsKey, String termsKey) throws IOException {
        boolean termsChanged = !termsKey.equals(cache.termsKey());
        // the terms index shows the summaries and their terms: both keys together are its input's key
        String termsInputKey = BuildCache.hash(List.of(listsKey.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                termsKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (listsKey.equals(cache.listsKey()) && listPages.keepAllBut(termsChanged ? SiteRenderer.termsIndexPaths() : List.of())) {
            renderer.checkPageNames(summaries);
            if (termsChanged) {
                renderer.renderTermsIndex(summaries, termsInputKey);
            }
        } else {
            renderer.renderSite(summaries, termsInputKey);
        }
        return null;
    }

    /** What every page of the site shows besides its own content. */
    static SiteRenderer.SiteInfo siteInfo(SiteConfig config, SiteTexts texts, List<SiteRenderer.ProsePage> prose, List<Aids.Gloss> glossary) {
        return new SiteRenderer.SiteInfo(config.siteDir(), titles(config, texts::toHans, texts::toHant), config.baseUrl(),
                config.defaultEdition(), prose, glossary, config.pageSize(), UrlScheme.glossShards(GlossShards.version()),
                config.pinyinPages());
    }

    /** Like {@link #siteInfo(SiteConfig, SiteTexts, List, List)}, with the prose pages read now. */
    static SiteRenderer.SiteInfo siteInfo(SiteConfig config, SiteTexts texts, List<Aids.Gloss> glossary) {
        return siteInfo(config, texts, prosePages(config, texts::toHans, texts::toHant), glossary);
    }

    private static Map<Edition, String> titles(SiteConfig config, UnaryOperator<String> toHans, UnaryOperator<String> toHant) {
        Map<Edition, String> titles = new EnumMap<>(Edition.class);
        titles.put(Edition.HANS, toHans.apply(config.title()));
        titles.put(Edition.HANT, toHant.apply(config.title()));
        return titles;
    }

    /** Two interviews with one slug would overwrite each other's pages. */
    private static void checkSlugsAreUnique(List<InterviewJob.Outcome> seeds, Diagnostics diagnostics) {
        Map<String, String> firstFile = new HashMap<>();
        for (InterviewJob.Outcome seed : seeds) {
            if (seed.slug().isEmpty()) {
                continue; // unreadable: already an error
            }
            String slug = seed.slug();
            String previous = firstFile.putIfAbsent(slug, seed.file());
            if (previous != null) {
                diagnostics.error("duplicate-slug", SourceSpan.wholeFile(seed.file()),
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
    private static List<SiteRenderer.ProsePage> prosePages(SiteConfig config, UnaryOperator<String> toHans, UnaryOperator<String> toHant) {
        Path dir = config.siteDir().resolve("pages");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<SiteRenderer.ProsePage> pages = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.md$", "");
                String text = Files.readString(f);
                pages.add(new SiteRenderer.ProsePage(name, Map.of(Edition.HANS, toHans.apply(text), Edition.HANT, toHant.apply(text))));
            }
            return pages;
        } catch (IOException e) {
            throw new DuiduException(dir + ": cannot read prose pages: " + e.getMessage(), e);
        }
    }

    /** Whether these diagnostics stop the build. */
    private static boolean stops(SiteConfig config, Diagnostics diagnostics) {
        return diagnostics.hasErrors() || (config.strict() && diagnostics.warningCount() > 0);
    }

    private static void failOnErrors(SiteConfig config, Diagnostics diagnostics) {
        if (stops(config, diagnostics)) {
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

    /** Adds the time since {@code since} as {@code stage}; the new start. */
    private static long lap(String stage, List<StageTiming> timings, long since) {
        long now = System.nanoTime();
        timings.add(new StageTiming(stage, (now - since) / 1_000_000));
        return now;
    }

    private static <T> T timedIo(String stage, List<StageTiming> timings, IoWork<T> work) throws IOException {
        long start = System.nanoTime();
        T result = work.run();
        timings.add(new StageTiming(stage, (System.nanoTime() - start) / 1_000_000));
        return result;
    }
}
