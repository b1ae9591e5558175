package org.duidu.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.duidu.clean.Cleaner;
import org.duidu.config.SiteConfig;
import org.duidu.convert.Converter;
import org.duidu.diag.Diagnostic;
import org.duidu.diag.Diagnostics;
import org.duidu.diag.DuiduException;
import org.duidu.diag.FileFailure;
import org.duidu.ingest.Ingest;
import org.duidu.ingest.Seed;
import org.duidu.model.Aids;
import org.duidu.model.Interview;
import org.duidu.model.Publication;
import org.duidu.search.SearchIndexer;
import org.duidu.render.InterviewSummary;
import org.duidu.render.SiteRenderer;

/**
 * One interview's way through the pipeline, on any worker thread: {@link #prepare} (ingest → clean
 * → convert → reading aids, or its summary from the build cache when its inputs are unchanged), then {@link #write}
 * (its pages, unless the cache shows they would come out the same, and its index documents). Its
 * diagnostics are its own (merged in site order afterwards), so the build's report does not depend
 * on scheduling. Also adds up the time each stage took across threads.
 */
final class InterviewJob {
    /** Stages whose time is summed over all workers, in report order. */
    enum Stage { INGEST, CLEAN, CONVERT, AIDS, RENDER, INDEX }

    /**
     * What one seed gave.
     *
     * @param slug        its URL name, empty when the seed could not be read
     * @param file        the seed path relative to the site, empty when the seed could not be read
     * @param key         the content key of its inputs
     * @param diagnostics its problems
     * @param publication the interview in both editions; empty when the seed has errors, or when it came from the cache
     * @param aids        its reading aids; empty when {@code publication} is
     * @param seed        its line of the build summary; empty when the seed could not be read
     * @param summary     what other pages need of it (its terms for the terms index included); empty when it gives no interview
     * @param cached      whether it came from the build cache (not read)
     */
    record Outcome(String slug, String file, String key, Diagnostics diagnostics, Optional<Publication> publication,
                   Optional<Aids> aids, Optional<SeedSummary> seed, Optional<InterviewSummary> summary, boolean cached) {
        /** An outcome of a seed that gave nothing (its diagnostics say why). */
        static Outcome failed(String slug, String file, String key, Diagnostics diagnostics) {
            return new Outcome(slug, file, key, diagnostics, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
        }

        /** The outcome without the interview's text, kept once its pages are written. */
        Outcome lean() {
            return new Outcome(slug, file, key, diagnostics, Optional.empty(), Optional.empty(), seed, summary, cached);
        }
    }

    private final SiteConfig config;
    private final Supplier<Cleaner> cleaner;
    private final Supplier<Converter> converter;
    /** An interview's reading aids (ReadingAids.annotate; none where nothing is rendered). */
    private final java.util.function.Function<Publication, Aids> readingAids;
    private final LongAdder[] nanos = new LongAdder[Stage.values().length];
    private final String contentKey;
    private final String renderKey;
    private final BuildCache cache;
    private final SeedKeys seedKeys;
    private final PagerKeys pagerKeys;
    private SiteRenderer renderer;
    private TrackedTree site;
    private SearchIndexer indexer;
    /** The interviews the index held before this build: only those may come from the cache. */
    private Set<String> indexed = Set.of();
    /** Every publication, kept only when the conversion report needs them all. */
    private Publication[] forReport;
    private BuildCache.Entry[] entries;
    /** Set when the build will fail: nothing more is written, reading goes on for the report. */
    private final AtomicBoolean doomed = new AtomicBoolean();
    private final LongAdder reads = new LongAdder();

    InterviewJob(SiteConfig config, Supplier<Cleaner> cleaner, Supplier<Converter> converter, java.util.function.Function<Publication, Aids> readingAids,
                 BuildCache cache) {
        this(config, cleaner, converter, readingAids, cache, new BuildMemory());
    }

    /** Like the other constructor, with the seed and pager keys remembered from earlier builds of this process. */
    InterviewJob(SiteConfig config, Supplier<Cleaner> cleaner, Supplier<Converter> converter, java.util.function.Function<Publication, Aids> readingAids,
                 BuildCache cache, BuildMemory memory) {
        this.seedKeys = memory.seedKeys();
        this.pagerKeys = memory.pagerKeys();
        this.config = config;
        this.cleaner = cleaner;
        this.converter = converter;
        this.readingAids = readingAids;
        this.cache = cache;
        this.contentKey = InputKeys.content(config);
        this.renderKey = InputKeys.render(config);
        // the keys the previous build hashed: of its seeds, under the stat they had then (a seed that kept it
        // is not read), and of what pagers show of its summaries
        boolean sameSiteWide = cache.contentKey().equals(contentKey);
        for (BuildCache.Entry e : cache.entries()) {
            if (sameSiteWide && e.stamp() != null) {
                seedKeys.adopt(config.siteDir().resolve(e.file()), contentKey, e.stamp(), e.contentKey());
            }
            if (e.pagerKey() != null) {
                pagerKeys.adopt(e.summary(), e.pagerKey());
            }
        }
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    /**
     * Where {@link #write} goes: the renderer, the search index (each interview read by this build is
     * put into it; the others stay as they are), the new cache entries for {@code files} seeds, and,
     * when {@code keepAll}, every publication (the conversion report needs them).
     */
    void writeTo(SiteRenderer renderer, TrackedTree site, SearchIndexer indexer, boolean keepAll, int files) {
        this.renderer = renderer;
        this.site = site;
        this.indexer = indexer;
        this.indexed = indexer.indexed();
        this.forReport = keepAll ? new Publication[files] : null;
        this.entries = new BuildCache.Entry[files];
    }

    /** The render key of this build ({@link InputKeys#render}): what every page depends on besides its interview. */
    String renderKey() {
        return renderKey;
    }

    /** A seed's content key. */
    String key(Path file) {
        return seedKeys.key(contentKey, config.siteDir(), file);
    }

    /** Reads, cleans and converts one seed, unless the cache has it with the same content key. Thread-safe. */
    Outcome prepare(Path file) {
        String key = key(file);
        Optional<BuildCache.Entry> hit = cache.get(Ingest.relative(config.siteDir(), file)).filter(e -> e.contentKey().equals(key));
        Outcome o;
        if (hit.isPresent() && forReport == null && indexed.contains(hit.get().summary().slug())) {
            BuildCache.Entry e = hit.get();
            Diagnostics diagnostics = new Diagnostics();
            e.diagnostics().forEach(diagnostics::add);
            o = new Outcome(e.summary().slug(), e.file(), key, diagnostics, Optional.empty(), Optional.empty(), Optional.of(e.seed()),
                    Optional.of(e.summary()), true);
        } else {
            o = read(file, key);
        }
        if (o.diagnostics().hasErrors() || (config.strict() && o.diagnostics().warningCount() > 0)) {
            doomed.set(true);
        }
        return o;
    }

    private Outcome read(Path file, String key) {
        reads.increment();
        Diagnostics diagnostics = new Diagnostics();
        long start = System.nanoTime();
        Optional<Seed> read = Ingest.read(config.siteDir(), file, diagnostics);
        start = lap(Stage.INGEST, start);
        if (read.isEmpty()) {
            return Outcome.failed("", "", key, diagnostics);
        }
        Seed seed = read.get();
        String slug = seed.interview().slug();
        String name = seed.interview().file();
        Interview cleaned = cleaner.get().clean(seed.interview(), seed.sidecar().errata(), diagnostics);
        start = lap(Stage.CLEAN, start);
        if (diagnostics.hasErrors()) {
            return Outcome.failed(slug, name, key, diagnostics);
        }
        try {
            Publication p = converter.get().convert(cleaned, seed.sidecar().rules());
            SeedSummary summary = new SeedSummary(p.source().file(), seed.charset(), p.script().id(),
                    p.source().sections().size(), p.source().paragraphs().size());
            start = lap(Stage.CONVERT, start);
            Aids aids = readingAids.apply(p);
            // the terms go into the summary, which the cache keeps: the terms index needs them from every interview
            InterviewSummary lean = SiteRenderer.summarize(p, aids);
            lap(Stage.AIDS, start);
            return new Outcome(slug, name, key, diagnostics, Optional.of(p), Optional.of(aids), Optional.of(summary), Optional.of(lean), false);
        } catch (RuntimeException | Error e) {
            throw named(name, e);
        }
    }

    /**
     * A failure of a stage on one seed, naming the seed for the command line (exit 3): content
     * errors ({@link DuiduException}) and failures already named pass as they are.
     */
    private static RuntimeException named(String file, Throwable e) {
        if (e instanceof DuiduException || e instanceof FileFailure) {
            return (RuntimeException) e;
        }
        return new FileFailure(file, e);
    }

    /**
     * Writes one interview's pages (or keeps the previous build's, when everything they depend on is
     * unchanged, their neighbours' summaries included) and hands it to the index. Thread-safe.
     */
    void write(int index, Outcome o, InterviewSummary previous, InterviewSummary next) throws IOException {
        if (doomed.get()) {
            return;
        }
        // of the neighbours, the pager shows only their stories (a neighbour's terms are not on this page)
        String pageKey = BuildCache.hash(List.of(renderKey.getBytes(), o.key().getBytes(), pagerKeys.of(previous).getBytes(),
                pagerKeys.of(next).getBytes()));
        Optional<BuildCache.Entry> old = cache.get(o.file()).filter(e -> e.contentKey().equals(o.key()) && e.pageKey().equals(pageKey));
        Publication p = o.publication().orElse(null);
        Aids aids = o.aids().orElse(null);
        if (p != null) {
            long start = System.nanoTime();
            try {
                indexer.put(p); // read by this build: its content (or the index's copy of it) changed
                lap(Stage.INDEX, start);
            } catch (RuntimeException | Error e) {
                throw named(o.file(), e);
            }
        }
        List<String> files;
        if (old.isPresent() && allExist(old.get().files())) {
            files = old.get().files();
            site.keep(files);
        } else {
            if (p == null) {
                Outcome again = read(config.siteDir().resolve(o.file()), o.key());
                p = again.publication().orElseThrow();
                aids = again.aids().orElseThrow();
            }
            long start = System.nanoTime();
            try {
                files = renderer.renderInterview(p, aids, o.summary().orElseThrow(), previous, next);
            } catch (RuntimeException | Error e) {
                throw named(o.file(), e);
            }
            lap(Stage.RENDER, start);
        }
        if (forReport != null) {
            forReport[index] = p;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(o.diagnostics().all());
        // a summary from the cache has the keys it had; a seed read again may still give the same summary
        Optional<BuildCache.Entry> had = cache.get(o.file()).filter(e -> o.cached() && e.listsKey() != null && e.termsKey() != null);
        InterviewSummary summary = o.summary().orElseThrow();
        String listsKey = had.map(BuildCache.Entry::listsKey).orElseGet(() -> BuildCache.hash(List.of(BuildCache.json(
                List.of(summary.slug(), summary.date(), summary.stories(), summary.facets())))));
        String termsKey = had.map(BuildCache.Entry::termsKey).orElseGet(() -> BuildCache.hash(List.of(BuildCache.json(summary.terms()))));
        String stamp = seedKeys.stamp(config.siteDir().resolve(o.file()), contentKey, o.key()).orElse(null);
        entries[index] = new BuildCache.Entry(o.file(), o.key(), pageKey, listsKey, termsKey, o.seed().orElseThrow(), summary,
                diagnostics, files, stamp, pagerKeys.of(summary));
    }

    /**
     * The key of everything the list pages but the terms index (home, taxonomies, feeds, sitemap) are
     * made of: the render key, the site's texts and every interview's summary but its terms, in site
     * order. Equal to the previous build's, those pages would come out as they were (an edit inside an
     * interview's answers changes its own pages, its index documents and perhaps its terms, not what the
     * lists show of it).
     */
    String listsKey(String textsKey) {
        return siteWide(textsKey, BuildCache.Entry::listsKey);
    }

    /** Like {@link #listsKey} for the terms index: every interview's terms. */
    String termsKey(String textsKey) {
        return siteWide(textsKey, BuildCache.Entry::termsKey);
    }

    private String siteWide(String textsKey, java.util.function.Function<BuildCache.Entry, String> part) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(renderKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        parts.add(textsKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (BuildCache.Entry e : entries()) {
            parts.add(e.file().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            parts.add(part.apply(e).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return BuildCache.hash(parts);
    }

    private boolean allExist(List<String> files) {
        return files.stream().allMatch(site::has);
    }

    /** How many seeds were read (ingest, clean, convert), not taken from the cache. */
    int reads() {
        return reads.intValue();
    }

    /** Whether the build will fail (an error, or a warning in strict mode). */
    boolean doomed() {
        return doomed.get();
    }

    /** Every publication, in site order (kept only for the conversion report). */
    List<Publication> publications() {
        return forReport == null ? List.of() : java.util.Arrays.stream(forReport).filter(java.util.Objects::nonNull).toList();
    }

    /** This build's cache entries, in site order. */
    List<BuildCache.Entry> entries() {
        return java.util.Arrays.stream(entries).filter(java.util.Objects::nonNull).toList();
    }

    /** Adds the time since {@code start} to a stage; returns now. */
    long lap(Stage stage, long start) {
        long now = System.nanoTime();
        nanos[stage.ordinal()].add(now - start);
        return now;
    }

    /** The summed time of a stage across workers, in milliseconds. */
    long millis(Stage stage) {
        return nanos[stage.ordinal()].sum() / 1_000_000;
    }
}
