package org.duidu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.duidu.search.SearchRequest;
import org.duidu.search.SearchResults;
import org.duidu.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, must-show 7: {@code duidu build} killed with SIGKILL at random moments, 20 times. After
 * every kill OUT/site and OUT/index are both the previous build's or both the new one's (the content
 * alternates between two versions, each with a marker word in every seed, so a page and a search of the
 * Lucene index tell which build they come from); after a last complete build nothing is left behind.
 * The build runs as a real process ({@code java org.duidu.cli.Main build}), as a user runs it.
 */
class KillDuringBuildIT {
    private static final List<String> MARKERS = List.of("梧桐樹葉", "松柏常青");
    private static final List<String> SEEDS = List.of("a", "b", "c", "d");
    private static final int TRIALS = 20;

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesThePreviousOrTheNewOutputNeverAMixture() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("seeds"));
        Path out = site.resolve("build");
        writeVersion(site, 1);
        assertThat(build(site).waitFor()).isZero();
        writeVersion(site, 0);
        // the second build's time (caches warm) spans the kill delays: JVM start, read, render, index, publish
        long start = System.nanoTime();
        assertThat(build(site).waitFor()).isZero();
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(versionOf(out)).isEqualTo(0);

        Random random = new Random(8_2026); // deterministic delays; the moments they hit still vary with load
        int published = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int trial = 1; trial <= TRIALS; trial++) {
            int next = trial % 2;
            writeVersion(site, next);
            long delay = (long) (fullMillis * (0.3 + 0.8 * random.nextDouble()));
            Process p = build(site);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(60, TimeUnit.SECONDS);
            }
            int seen = versionOf(out); // asserts site and index agree, and nothing is missing
            assertThat(seen).as("trial %d: the previous build's (%d) or the new one's (%d)", trial, published, next)
                    .isIn(published, next);
            String when = finished ? "finished" : "killed at " + Math.round(10.0 * delay / fullMillis) * 10 + "%";
            outcomes.merge(when + (seen == next ? " -> new" : " -> previous"), 1, Integer::sum);
            published = seen;
        }
        System.out.println("kill trials (full build " + fullMillis + " ms): " + outcomes);

        writeVersion(site, 1 - published);
        assertThat(build(site).waitFor()).isZero();
        assertThat(versionOf(out)).isEqualTo(1 - published);
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(".duidu-output", ".generations", "current", "site", "index");
        }
        List<Path> generations;
        try (Stream<Path> entries = Files.list(out.resolve(".generations"))) {
            generations = entries.toList();
        }
        // the published generation and, at most, the one before it, kept whole (a published state) for the next build
        assertThat(generations).contains(out.resolve("current").toRealPath()).hasSizeLessThanOrEqualTo(2);
        for (Path g : generations) {
            assertThat(g.resolve(Spare.STATE)).as("a published state").isRegularFile();
            try (Stream<Path> all = Files.walk(g)) {
                assertThat(all.map(p -> p.getFileName().toString()))
                        .noneMatch(n -> n.endsWith(DirectoryTree.TEMP_SUFFIX));
            }
        }
    }

    /** Writes every seed in version {@code v} (0 or 1). */
    private static void writeVersion(Path site, int v) throws IOException {
        String marker = MARKERS.get(v);
        for (String s : SEEDS) {
            StringBuilder text = new StringBuilder();
            text.append("記者：請談談第").append(s).append("篇裏的").append(marker).append("。\n");
            text.append("李明：").append(marker).append("是這一篇的記號，").append(v == 0 ? "初版" : "再版").append("寫的。\n");
            for (int i = 1; i <= 12; i++) {
                text.append("記者：第").append(i).append("個問題，您怎麼看？\n");
                text.append("李明：這是第").append(i).append("個回答，講的是鄉村的道路和學校。\n");
            }
            Files.writeString(site.resolve("seeds/" + s + ".txt"), text);
        }
    }

    private Process build(Path site) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.duidu.cli.Main", "build", "--site", site.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    /**
     * Which version OUT shows: every seed's page and the Lucene index must all show the same one, and
     * OUT/site and OUT/index must resolve into the same generation.
     */
    private static int versionOf(Path out) throws IOException {
        Path siteDir = out.resolve("site");
        Path indexDir = out.resolve("index");
        assertThat(siteDir.toRealPath().getParent()).as("site and index in one generation").isEqualTo(indexDir.toRealPath().getParent());
        List<Integer> seen = new ArrayList<>();
        for (String s : SEEDS) {
            String page = Files.readString(siteDir.resolve("zh-Hant/" + s + ".html"));
            seen.add(markerIn(page, s));
        }
        assertThat(siteDir.resolve("zh-Hans/index.html")).isRegularFile();
        try (Searcher searcher = Searcher.open(indexDir)) {
            for (int v = 0; v < MARKERS.size(); v++) {
                SearchResults r = searcher.search(SearchRequest.of(MARKERS.get(v)).withLimit(50));
                long interviews = r.hits().stream().map(h -> h.interview()).filter(SEEDS::contains).distinct().count();
                if (v == seen.get(0)) {
                    assertThat(interviews).as("the index finds marker %s in every seed", MARKERS.get(v)).isEqualTo(SEEDS.size());
                } else {
                    assertThat(r.hits()).as("the index has no trace of marker %s", MARKERS.get(v)).isEmpty();
                }
            }
        }
        assertThat(seen).as("every page from the same build").containsOnly(seen.get(0));
        return seen.get(0);
    }

    private static int markerIn(String page, String seed) {
        boolean first = page.contains(MARKERS.get(0));
        boolean second = page.contains(MARKERS.get(1));
        assertThat(first ^ second).as("page of %s shows exactly one version", seed).isTrue();
        return first ? 0 : 1;
    }
}
