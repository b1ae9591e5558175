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

    /** A site holding only the real seed (no templates, no assets: the built-in theme must serve). */
    public static Path seedOnly(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(SeedFixture.seed(), dir.resolve("seeds").resolve(SeedFixture.NAME));
        return dir;
    }
}
