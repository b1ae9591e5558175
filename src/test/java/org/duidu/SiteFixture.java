package org.duidu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds small site projects for tests, Hugo-style: files given inline, written under a temporary
 * directory. Seeds that are not written here come from the repository's real seed.
 */
public final class SiteFixture {
    private SiteFixture() {
    }

    /** Writes {@code files} (path → UTF-8 content) under {@code dir} and returns it. */
    public static Path site(Path dir, Map<String, String> files) throws IOException {
        for (var e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
        }
        return dir;
    }

    /**
     * Adds {@code n} copies of the site's seed, {@code seeds/copyI.txt}, each without one line of it
     * (line 3 + I) and with the title {@code 第I篇} in a sidecar: interviews alike enough to be related.
     */
    public static void copies(Path site, int n) throws IOException {
        Path seed = site.resolve("seeds").resolve(SeedFixture.NAME);
        java.util.List<String> lines = Files.readAllLines(seed);
        for (int i = 1; i <= n; i++) {
            java.util.List<String> copy = new java.util.ArrayList<>(lines);
            copy.remove(2 + i);
            Files.write(site.resolve("seeds/copy" + i + ".txt"), copy);
            Files.writeString(site.resolve("seeds/copy" + i + ".yaml"), "title: 第" + i + "篇\n");
        }
    }

    /** A site holding only the real seed (no templates, no assets: the built-in theme must serve). */
    public static Path seedOnly(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(SeedFixture.seed(), dir.resolve("seeds").resolve(SeedFixture.NAME));
        return dir;
    }
}
