package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.diag.Diagnostic;
import org.duidu.model.Edition;
import org.duidu.search.SearchRequest;
import org.duidu.search.Searcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds into one output while the site changes (seeds edited, added and removed, a template and the
 * glossary changed, the cache damaged), and after every step compares the result with a clean build
 * of the same inputs into a fresh directory: the whole site tree byte for byte, the diagnostics, and
 * the Lucene index by the results of searches.
 */
class IncrementalBuildTest {
    /**
     * What one interview writes: per edition its reading page, parallel view, their pinyin editions and
     * its terms page; its source view (the tap-to-gloss dictionary is the site's, one copy).
     */
    private static final int FILES_PER_INTERVIEW = 2 * 5 + 1;
    /** Written by every build, never rendered: the search page's facets (robots.txt is kept like a list page). */
    private static final int ALWAYS_WRITTEN = 1;
    private static final List<String> QUERIES = List.of("示范区", "營商環境", "改革创新", "黨工委", "第3篇", "新增的一段");

    @TempDir
    Path dir;
    private int step;

    /** Set when the builds run as serve's rebuilds do: one process, its dictionaries and last build's cache kept. */
    private Dictionaries dictionaries;
    private BuildMemory memory;

    @ParameterizedTest(name = "one process: {0}")
    @ValueSource(booleans = {false, true})
    void everyIncrementalBuildEqualsACleanBuildOfTheSameInputs(boolean oneProcess) throws IOException {
        if (oneProcess) {
            dictionaries = new Dictionaries();
            memory = new BuildMemory();
        }
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        SiteFixture.copies(site, 5);
        Path seed = site.resolve("seeds").resolve(org.duidu.SeedFixture.NAME);
        Path out = dir.resolve("out");

        BuildResult first = buildAndCompare(site, out);
        assertThat(first.read()).isEqualTo(6);

        BuildResult unchanged = buildAndCompare(site, out);
        assertThat(unchanged.read()).as("nothing changed: nothing is read").isZero();
        assertThat(unchanged.timings()).as("nothing read: no dictionary is loaded (the site title comes from the cache)")
                .extracting(StageTiming::stage).doesNotContain("load dictionaries", "load reading aids");
        // no interview rendered: the site-wide terms index has their terms from the cached summaries
        assertThat(Files.readString(unchanged.siteDir().resolve("zh-Hans/terms.html"))).contains("terms/copy1.html#t1", "terms/copy5.html#t1");
        // no page rendered again: the list pages' models are unchanged too (the search facets are written)
        assertThat(unchanged.pages()).isEqualTo(ALWAYS_WRITTEN);
        int siteWide = first.pages() - 6 * FILES_PER_INTERVIEW; // landing, 404, home, search, terms, feeds, sitemap, robots

        // one seed edited: its pages are written again, its neighbours' are not (their pager shows only its title,
        // not its terms)
        Path edited = site.resolve("seeds/copy3.txt");
        Files.writeString(edited, Files.readString(edited) + "記者:新增的一段問題嗎?\n");
        BuildResult edit = buildAndCompare(site, out);
        // no list page shows the new paragraph: only the interview's own pages are rendered
        assertThat(edit.pages()).isEqualTo(ALWAYS_WRITTEN + FILES_PER_INTERVIEW);
        // only the edited seed is read: the terms index has the other five's terms from their cached summaries
        assertThat(edit.read()).isEqualTo(1);
        assertThat(Files.readString(edit.siteDir().resolve("zh-Hant/terms.html"))).contains("terms/copy1.html#t1", "terms/copy5.html#t1");

        // a new quoted phrase in an answer: of the list pages, only the terms index (one per edition) shows it
        Files.writeString(edited, Files.readString(edited) + "陳綠平:我們提出了「新的提法」。\n");
        BuildResult termed = buildAndCompare(site, out);
        assertThat(termed.pages()).isEqualTo(ALWAYS_WRITTEN + FILES_PER_INTERVIEW + 2);
        assertThat(Files.readString(termed.siteDir().resolve("zh-Hans/terms.html"))).contains("新的提法");

        // a title change reaches the neighbours' pager
        Files.writeString(site.resolve("seeds/copy3.yaml"), "title: 第3篇改\n");
        BuildResult retitled = buildAndCompare(site, out);
        // and the list pages that show it, per edition: the home page, the feed, the terms index, its person's page and feed
        assertThat(retitled.pages()).isEqualTo(ALWAYS_WRITTEN + 3 * FILES_PER_INTERVIEW + 2 * 5);

        Files.copy(seed, site.resolve("seeds/copy6.txt"));
        buildAndCompare(site, out);

        Files.delete(site.resolve("seeds/copy2.txt"));
        Files.delete(site.resolve("seeds/copy2.yaml"));
        BuildResult removed = buildAndCompare(site, out);
        assertThat(removed.siteDir().resolve("zh-Hans/copy2.html")).doesNotExist();

        // a template of the site's own: every interview page is written again (from the seeds read again:
        // the cache keeps summaries, not whole interviews), the search index is kept
        Path template = site.resolve("templates/interview.ftlh");
        Files.createDirectories(template.getParent());
        Files.writeString(template, Files.readString(Path.of("templates/interview.ftlh")).replace("<article ", "<article data-own=\"1\" "));
        BuildResult templated = buildAndCompare(site, out);
        assertThat(templated.pages()).as("templates changed: every page is rendered again").isEqualTo(siteWide + 6 * FILES_PER_INTERVIEW);
        assertThat(Files.readString(templated.siteDir().resolve("zh-Hans/copy1.html"))).contains("data-own=\"1\"");

        // the glossary changes the conversion of every interview
        Files.writeString(site.resolve("glossary.yaml"), "- {zh-hans: 示范区, zh-hant: 示範園區}\n");
        BuildResult glossary = buildAndCompare(site, out);
        assertThat(Files.readString(glossary.siteDir().resolve("zh-Hant/copy1.html"))).contains("示範園區");

        // a damaged cache is discarded with a note, never trusted
        Path cache = out.resolve("current/cache/site/build.json").toRealPath();
        Files.delete(cache);
        Files.writeString(cache, "{\"format\": 1, \"interviews\": [");
        BuildResult damaged = incremental(site, out);
        assertThat(damaged.read()).isEqualTo(6);
        assertThat(damaged.diagnostics()).extracting(Diagnostic::code).contains("build-cache");
        assertSameTree(damaged.siteDir(), SiteBuilder.build(ConfigLoader.load(site, dir.resolve("clean-damaged"))).siteDir());
    }

    /**
     * Seeds last written an hour ago: the cache keeps their stat, and the next process takes their keys
     * from it without hashing them; an edit (a new modification time, also an old one) or a new sidecar
     * is still seen.
     */
    @org.junit.jupiter.api.Test
    void settledSeedsAreKnownByTheirStatInTheNextProcessAndTheirEditsAreStillSeen() throws IOException {
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        SiteFixture.copies(site, 3);
        java.time.Instant hourAgo = java.time.Instant.now().minusSeconds(3600);
        try (Stream<Path> seeds = Files.list(site.resolve("seeds"))) {
            for (Path p : seeds.toList()) {
                Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(hourAgo));
            }
        }
        Path out = dir.resolve("out");
        assertThat(buildAndCompare(site, out).read()).isEqualTo(4);
        assertThat(buildAndCompare(site, out).read()).as("nothing changed").isZero();

        Path edited = site.resolve("seeds/copy2.txt");
        Files.writeString(edited, Files.readString(edited) + "記者:新增的一段問題嗎?\n");
        Files.setLastModifiedTime(edited, java.nio.file.attribute.FileTime.from(hourAgo.plusSeconds(60)));
        BuildResult edit = buildAndCompare(site, out);
        assertThat(edit.read()).isEqualTo(1);
        assertThat(search(edit.indexDir(), "新增的一段", Edition.HANS)).contains("copy2");

        Path sidecar = site.resolve("seeds/copy3.yaml");
        Files.writeString(sidecar, "title: 第3篇改\n");
        // its modification time as it was: the new size tells
        Files.setLastModifiedTime(sidecar, java.nio.file.attribute.FileTime.from(hourAgo));
        BuildResult retitled = buildAndCompare(site, out);
        assertThat(Files.readString(retitled.siteDir().resolve("zh-Hans/copy3.html"))).contains("第3篇改");
    }

    private BuildResult incremental(Path site, Path out) {
        return memory == null ? SiteBuilder.build(ConfigLoader.load(site, out)) : SiteBuilder.build(ConfigLoader.load(site, out), dictionaries, memory);
    }

    private BuildResult buildAndCompare(Path site, Path out) throws IOException {
        step++;
        BuildResult incremental = incremental(site, out);
        BuildResult clean = SiteBuilder.build(ConfigLoader.load(site, dir.resolve("clean-" + step)));
        assertSameTree(incremental.siteDir(), clean.siteDir());
        assertThat(incremental.diagnostics()).extracting(Diagnostic::format)
                .containsExactlyElementsOf(clean.diagnostics().stream().map(Diagnostic::format).toList());
        assertThat(incremental.seeds()).isEqualTo(clean.seeds());
        // one cache entry file per interview: those of changed and removed interviews are gone
        try (var entries = Files.list(out.resolve("current/cache/site/entries"))) {
            assertThat(entries.count()).as("step %d: cache entries", step).isEqualTo(incremental.seeds().size());
        }
        for (String q : QUERIES) {
            for (Edition e : Edition.values()) {
                assertThat(search(incremental.indexDir(), q, e)).as("step %d: %s", step, q).isEqualTo(search(clean.indexDir(), q, e));
            }
        }
        return incremental;
    }

    private static String search(Path index, String query, Edition edition) throws IOException {
        try (Searcher searcher = Searcher.open(index)) {
            return searcher.search(new SearchRequest(query, edition, Optional.empty(), Optional.empty(), OptionalInt.empty(), 50)).toJson();
        }
    }

    private void assertSameTree(Path a, Path b) throws IOException {
        Map<String, byte[]> left = tree(a);
        Map<String, byte[]> right = tree(b);
        assertThat(left.keySet()).as("step %d: files", step).containsExactlyElementsOf(right.keySet());
        right.forEach((path, bytes) -> assertThat(new String(left.get(path))).as("step %d: %s", step, path).isEqualTo(new String(bytes)));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Path real = root.toRealPath();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(real.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
