package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed keys by stat: the same key as hashing, a new one whenever the seed or its sidecar changed. */
class SeedKeysTest {
    @TempDir
    Path site;

    private Path seed(String name, String text, Instant modified) throws IOException {
        Path file = site.resolve("seeds").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aSettledSeedKeepsItsKeyAndAnEditOrANewSidecarChangesIt() throws IOException {
        SeedKeys keys = new SeedKeys();
        Instant hourAgo = Instant.now().minusSeconds(3600);
        Path seed = seed("a.txt", "記者:問?\n李明:答。\n", hourAgo);
        String first = keys.key("site", site, seed);
        assertThat(first).isEqualTo(InputKeys.seed("site", site, seed));
        assertThat(keys.key("site", site, seed)).isEqualTo(first);
        // another site-wide key (Duidu, the standard, the glossary): another key
        assertThat(keys.key("other", site, seed)).isEqualTo(InputKeys.seed("other", site, seed)).isNotEqualTo(first);

        seed("a.txt", "記者:問?\n李明:改了。\n", hourAgo.plusSeconds(60));
        String edited = keys.key("site", site, seed);
        assertThat(edited).isEqualTo(InputKeys.seed("site", site, seed)).isNotEqualTo(first);

        seed("a.yaml", "title: 新題\n", hourAgo);
        assertThat(keys.key("site", site, seed)).isEqualTo(InputKeys.seed("site", site, seed)).isNotEqualTo(edited);
    }

    @Test
    void aSeedWrittenJustNowIsHashedEveryTime() throws IOException {
        SeedKeys keys = new SeedKeys();
        Instant now = Instant.now();
        Path seed = seed("b.txt", "記者:問?\n李明:一。\n", now);
        String first = keys.key("site", site, seed);
        // rewritten within the clock's resolution: same size, same modification time, other bytes
        seed("b.txt", "記者:問?\n李明:二。\n", now);
        assertThat(keys.key("site", site, seed)).isEqualTo(InputKeys.seed("site", site, seed)).isNotEqualTo(first);
    }
}
