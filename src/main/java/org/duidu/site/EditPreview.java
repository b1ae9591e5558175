package org.duidu.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duidu.config.SiteConfig;
import org.duidu.config.SiteFiles;
import org.duidu.ingest.Ingest;
import org.duidu.model.Aids;
import org.duidu.model.Publication;
import org.duidu.publish.OutputTree;
import org.duidu.render.InterviewSummary;
import org.duidu.render.SiteRenderer;

/**
 * The pages of edited interviews, rendered before the build that publishes them (serve's fast path,
 * as Hugo's server renders the changed pages first): an edit inside one seed changes its own pages
 * first and foremost, and at 10,000 interviews the whole incremental build around them (lists,
 * related blocks, search files, the new generation) takes seconds. The pages are rendered as the
 * build will render them, from the previous build's summaries (neighbours for the pager, the site's
 * texts and glossary) and with the related block the published page shows, so they are what the build
 * then publishes unless the edit changed what other interviews show. Anything less certain, and there
 * is no preview: a new, removed or unreadable seed, one whose URL name changed, a seed with problems,
 * no previous build in this process.
 */
final class EditPreview {
    private EditPreview() {
    }

    /**
     * Renders the pages of {@code seeds} into {@code into}.
     *
     * @param changed the files that changed (absolute, or relative to the working directory); other files in
     *                the seeds folder than seeds and sidecars (an editor's backups) do not count
     * @param into  an empty directory of the caller's, outside the output
     * @return by site path ({@code zh-Hant/slug.html}), the file in {@code into} that has it; empty when
     *         the edits cannot be previewed (the build shows them, and their problems)
     */
    static Optional<Map<String, Path>> render(SiteConfig config, Dictionaries dictionaries, BuildMemory memory, List<Path> changed,
                                              Path into) throws IOException {
        Path seedsDir = config.seedsDir().toAbsolutePath().normalize();
        List<Path> seeds = new java.util.ArrayList<>();
        for (Path f : changed) {
            Path file = f.toAbsolutePath().normalize();
            if (!file.startsWith(seedsDir) || Ingest.isSidecar(file)) {
                return Optional.empty(); // settings, templates, assets, prose pages, metadata: what other pages show
            }
            if (Ingest.isSeed(file)) {
                if (SiteFiles.escapes(config.siteDir(), file).isPresent()) {
                    return Optional.empty(); // a link out of the site: the build reports it
                }
                seeds.add(file);
            }
        }
        Optional<BuildCache> last = memory.lastCache();
        if (last.isEmpty() || seeds.isEmpty()) {
            return Optional.empty();
        }
        BuildCache cache = last.get();
        InterviewJob job = new InterviewJob(config, dictionaries::cleaner, () -> dictionaries.get(config),
                p -> dictionaries.readingAids().annotate(p, config.pinyinPages()), BuildCache.empty(), memory);
        String textsKey = InputKeys.content(config);
        Optional<List<Aids.Gloss>> glossary = cache.glossary(textsKey);
        if (glossary.isEmpty()) {
            return Optional.empty(); // the settings changed since: the build decides
        }
        record Edited(InterviewJob.Outcome outcome, BuildCache.Entry before) {
        }
        List<Edited> edited = new java.util.ArrayList<>();
        for (Path seed : seeds) {
            String file = Ingest.relative(config.siteDir(), seed);
            Optional<BuildCache.Entry> before = cache.get(file);
            if (before.isEmpty() || !Files.isRegularFile(seed)) {
                return Optional.empty();
            }
            InterviewJob.Outcome o = job.prepare(seed);
            if (o.diagnostics().hasErrors() || (config.strict() && o.diagnostics().warningCount() > 0)
                    || o.publication().isEmpty() || !o.summary().orElseThrow().slug().equals(before.get().summary().slug())) {
                return Optional.empty();
            }
            edited.add(new Edited(o, before.get()));
        }
        SiteTexts texts = new SiteTexts(() -> dictionaries.get(config), cache.texts(textsKey));
        Tree tree = new Tree(into);
        SiteRenderer renderer = SiteRenderer.open(SiteBuilder.siteInfo(config, texts, glossary.get()), tree, SiteRenderer.PageMemo.NONE,
                memory.themes(), job.renderKey());
        Path published = config.outDir().resolve("site");
        Map<String, Path> pages = new LinkedHashMap<>();
        for (Edited e : edited) {
            Publication p = e.outcome().publication().orElseThrow();
            InterviewSummary[] around = cache.neighbours(e.before().file());
            List<String> written = renderer.renderInterview(p, e.outcome().aids().orElseThrow(), e.outcome().summary().orElseThrow(),
                    around[0], around[1]);
            renderer.keepRelated(p.slug(), path -> existing(published.resolve(path)), path -> existing(into.resolve(path)));
            written.forEach(path -> pages.put(path, into.resolve(path)));
        }
        return Optional.of(pages);
    }

    private static Path existing(Path file) {
        return Files.isRegularFile(file) ? file : null;
    }

    /** Plain files under a fresh directory: nothing there is shared with a published generation. */
    private static final class Tree implements OutputTree {
        private final Path root;

        Tree(Path root) {
            this.root = root;
        }

        private Path file(String path) throws IOException {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root)) {
                throw new IOException("outside the preview: " + path);
            }
            Files.createDirectories(file.getParent());
            return file;
        }

        @Override
        public void write(String path, byte[] content) throws IOException {
            Files.write(file(path), content);
        }

        @Override
        public OutputStream open(String path) throws IOException {
            return Files.newOutputStream(file(path));
        }

        @Override
        public void delete(String path) throws IOException {
            Files.deleteIfExists(file(path));
        }
    }
}
