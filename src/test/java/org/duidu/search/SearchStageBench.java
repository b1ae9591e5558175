package org.duidu.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.duidu.model.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search stage of a cold build alone (a bench, not a test: it asserts nothing about time; run it
 * with {@code bench/search/stage.sh}): {@link SearchIndexer#put} of every interview of a generated
 * corpus (the seed's text, {@link TestCorpus#corpus}), then {@link SearchIndexer#finish}, into a fresh
 * index, cache and site, on one thread. Reports the process CPU time (Lucene's merge threads, JIT and
 * GC included) of each round; the first round warms the JVM up and is not counted.
 */
class SearchStageBench {
    @Test
    @EnabledIfSystemProperty(named = "duidu.bench", matches = "true")
    void run() throws Exception {
        int interviews = Integer.getInteger("duidu.bench.interviews", 1000);
        int rounds = Integer.getInteger("duidu.bench.rounds", 4);
        // generated before timing: the corpus generator is not part of the stage
        List<Publication> corpus = new ArrayList<>(TestCorpus.corpus(interviews, 20261201L, TestCorpus.seedRuns()));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] put = new double[rounds];
        double[] finish = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Path dir = Files.createTempDirectory("duidu-stage-bench");
            try {
                System.gc();
                long start = os.getProcessCpuTime();
                try (SearchIndexer indexer = SearchIndexer.open(dir.resolve("index"), dir.resolve("cache"))) {
                    for (Publication p : corpus) {
                        indexer.put(p);
                    }
                    long mid = os.getProcessCpuTime();
                    indexer.finish(new DiskTree(dir.resolve("site")));
                    put[r] = (mid - start) / 1e9;
                    finish[r] = (os.getProcessCpuTime() - mid) / 1e9;
                }
            } finally {
                CacheFiles.deleteTree(dir);
            }
            System.out.printf("round %d: put %.2f s CPU, finish %.2f s CPU%n", r, put[r], finish[r]);
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("interviews", interviews);
        results.put("putCpuSeconds", Arrays.copyOfRange(put, 1, rounds));
        results.put("finishCpuSeconds", Arrays.copyOfRange(finish, 1, rounds));
        results.put("medianPutCpuSeconds", median(Arrays.copyOfRange(put, 1, rounds)));
        results.put("medianFinishCpuSeconds", median(Arrays.copyOfRange(finish, 1, rounds)));
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results);
        Path out = Path.of("target/search-bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stage.json"), json);
        System.out.println(json);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
