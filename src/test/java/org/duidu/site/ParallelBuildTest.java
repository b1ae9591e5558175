package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-interview pipeline gives the same site whatever the number of workers and whichever
 * finishes first: seven interviews made from the real seed (whose garbled text yields warnings),
 * one of them a draft, built on one thread and on four.
 */
class ParallelBuildTest {
    @TempDir
    Path dir;

    @Test
    void oneWorkerAndFourWorkersWriteTheSameBytesAndReportTheSameDiagnostics() throws IOException {
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        Path seed = Files.list(site.resolve("seeds")).findFirst().orElseThrow();
        List<String> lines = Files.readAllLines(seed);
        for (int i = 1; i < 7; i++) {
            // each copy drops a different answer, so pages and pager titles differ between interviews
            List<String> copy = new ArrayList<>(lines);
            copy.remove(2 + i);
            Files.write(site.resolve("seeds/copy" + i + ".txt"), copy);
            Files.writeString(site.resolve("seeds/copy" + i + ".yaml"), "title: 第" + i + "篇\ndate: 2024-01-0" + i + "\n"
                    + (i == 4 ? "draft: true\n" : ""));
        }
        BuildResult one = SiteBuilder.build(ConfigLoader.load(site, dir.resolve("one")), new Dictionaries(), new BuildMemory(), 1);
        BuildResult four = SiteBuilder.build(ConfigLoader.load(site, dir.resolve("four")), new Dictionaries(), new BuildMemory(), 4);

        Map<String, byte[]> a = tree(one.siteDir());
        Map<String, byte[]> b = tree(four.siteDir());
        assertThat(a).hasSizeGreaterThan(7 * 5);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
        assertThat(four.diagnostics()).extracting(Diagnostic::format)
                .isNotEmpty().containsExactlyElementsOf(one.diagnostics().stream().map(Diagnostic::format).toList());
        assertThat(four.seeds()).isEqualTo(one.seeds());
        // the pager of the third interview names its neighbours, skipping the draft
        assertThat(Files.readString(four.siteDir().resolve("zh-Hans/copy3.html"))).contains("第2篇", "第5篇").doesNotContain("第4篇");
        assertThat(four.siteDir().resolve("zh-Hans/copy4.html")).doesNotExist();
    }

    @Test
    void aRemovedSeedsPagesLeaveTheNextBuildIntoTheSameOutput() throws IOException {
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        Path seed = Files.list(site.resolve("seeds")).findFirst().orElseThrow();
        Files.copy(seed, site.resolve("seeds/second.txt"));
        Path out = dir.resolve("out");
        BuildResult first = SiteBuilder.build(ConfigLoader.load(site, out));
        assertThat(first.siteDir().resolve("zh-Hans/second.html")).isRegularFile();
        Files.delete(site.resolve("seeds/second.txt"));
        BuildResult second = SiteBuilder.build(ConfigLoader.load(site, out));
        for (String gone : List.of("zh-Hans/second.html", "zh-Hant/second.html", "zh-Hans/parallel/second.html", "source/second.html")) {
            assertThat(second.siteDir().resolve(gone)).as(gone).doesNotExist();
        }
        assertThat(Files.readString(second.siteDir().resolve("sitemap.xml"))).doesNotContain("second");
        assertThat(tree(second.siteDir()).keySet()).isEqualTo(tree(SiteBuilder.build(ConfigLoader.load(site, dir.resolve("clean"))).siteDir()).keySet());
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        root = root.toRealPath(); // OUT/site is a link to the published generation
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
