package org.duidu.site;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.duidu.clean.Cleaner;
import org.duidu.config.SiteConfig;
import org.duidu.convert.Converter;
import org.duidu.diag.Diagnostics;
import org.duidu.ingest.Ingest;
import org.duidu.ingest.Seed;
import org.duidu.model.Interview;
import org.duidu.model.Publication;
import org.duidu.render.InterviewSummary;
import org.duidu.render.SiteRenderer;

/**
 * One interview's way through the stages that need only itself: ingest → clean → convert, on any
 * worker thread. Its diagnostics are its own (merged in site order afterwards), so the build's
 * report does not depend on scheduling. Also adds up the time each stage took across threads.
 */
final class InterviewJob {
    /** Stages whose time is summed over all workers, in report order. */
    enum Stage { INGEST, CLEAN, CONVERT, RENDER, INDEX }

    /**
     * What one seed gave.
     *
     * @param slug        its URL name, empty when the seed could not be read
     * @param file        the seed path relative to the site, empty when the seed could not be read
     * @param diagnostics its problems
     * @param publication the interview in both editions; empty when the seed has errors
     * @param seed        its line of the build summary; empty when the seed could not be read
     * @param summary     what other pages need of it; empty with the publication
     */
    record Outcome(String slug, String file, Diagnostics diagnostics, Optional<Publication> publication, Optional<SeedSummary> seed,
                   Optional<InterviewSummary> summary) {
        /** The outcome without the interview's text, kept once its pages are written. */
        Outcome lean() {
            return new Outcome(slug, file, diagnostics, Optional.empty(), seed, summary);
        }
    }

    private final SiteConfig config;
    private final Cleaner cleaner;
    private final Supplier<Converter> converter;
    private final LongAdder[] nanos = new LongAdder[Stage.values().length];

    InterviewJob(SiteConfig config, Cleaner cleaner, Supplier<Converter> converter) {
        this.config = config;
        this.cleaner = cleaner;
        this.converter = converter;
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    /** Reads, cleans and converts one seed. Thread-safe. */
    Outcome prepare(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        long start = System.nanoTime();
        Optional<Seed> read = Ingest.read(config.siteDir(), file, diagnostics);
        start = lap(Stage.INGEST, start);
        if (read.isEmpty()) {
            return new Outcome("", "", diagnostics, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Seed seed = read.get();
        String slug = seed.interview().slug();
        String name = seed.interview().file();
        Interview cleaned = cleaner.clean(seed.interview(), seed.sidecar().errata(), diagnostics);
        start = lap(Stage.CLEAN, start);
        if (diagnostics.hasErrors()) {
            return new Outcome(slug, name, diagnostics, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Publication p = converter.get().convert(cleaned, seed.sidecar().rules());
        SeedSummary summary = new SeedSummary(p.source().file(), seed.charset(), p.script().id(),
                p.source().sections().size(), p.source().paragraphs().size());
        InterviewSummary lean = SiteRenderer.summarize(p);
        lap(Stage.CONVERT, start);
        return new Outcome(slug, name, diagnostics, Optional.of(p), Optional.of(summary), Optional.of(lean));
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
