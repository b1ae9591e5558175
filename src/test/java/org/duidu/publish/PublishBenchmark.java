package org.duidu.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an incremental publish costs: {@code Generation.begin} (hard-linking every file of the
 * previous generation), ten changed files and {@code publish} (the swap and removing the previous
 * generation), beside GNU {@code cp -al} + {@code rm -rf} of the same tree, and beside the copy
 * fallback. Run by {@code bench/publish.sh N}; prints medians of 5 runs and ratios.
 */
public final class PublishBenchmark {
    private PublishBenchmark() {
    }

    /** {@code args[0]} files, in directories of 100, under a fresh directory {@code args[1]}. */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path root = Files.createDirectories(Path.of(args[1]));
        Path out = root.resolve("out");
        try (Generation g = Generation.begin(out, false)) {
            for (int i = 0; i < n; i++) {
                g.site().writeText("d" + i / 100 + "/f" + i + ".html", "<p>page " + i + "</p>\n".repeat(40));
            }
            g.publish();
        }
        FileOps copies = new FileOps() {
            @Override
            public void hardLink(Path link, Path existing) {
                throw new UnsupportedOperationException("measuring the copy fallback");
            }

            @Override
            public void symlink(Path link, Path target) throws IOException {
                Files.createSymbolicLink(link, target);
            }
        };
        long[] generation = new long[5];
        long[] copy = new long[5];
        long[] cp = new long[5];
        for (int run = 0; run < 5; run++) {
            generation[run] = timeGeneration(out, FileOps.SYSTEM, run);
            copy[run] = timeGeneration(out, copies, run);
            cp[run] = timeCp(out.resolve("current").toRealPath(), root.resolve("cp-" + run));
        }
        long g = median(generation);
        long c = median(copy);
        long p = median(cp);
        System.out.printf("files %d: generation (link, 10 writes, publish) %d ms; cp -al + rm -rf %d ms; copy fallback %d ms%n", n, g, p, c);
        System.out.printf("ratios: generation / cp -al = %.2f; copy fallback / generation = %.2f%n", (double) g / p, (double) c / g);
    }

    private static long timeGeneration(Path out, FileOps ops, int run) throws IOException {
        long start = System.nanoTime();
        try (Generation g = Generation.begin(out, false, ops)) {
            for (int i = 0; i < 10; i++) {
                g.site().writeText("d0/f" + i + ".html", "<p>changed " + run + "</p>\n");
            }
            g.publish();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The peer: hard-link copy of the generation with coreutils, then removing the copy (as the next publish would). */
    private static long timeCp(Path generation, Path target) throws Exception {
        long start = System.nanoTime();
        run(List.of("cp", "-al", generation.toString(), target.toString()));
        run(List.of("rm", "-rf", target.toString()));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(command)).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(command + " failed");
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
