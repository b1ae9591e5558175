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

    @Test
    void aStampKeptByTheCacheGivesTheKeyInTheNextProcessWithoutReadingTheSeed() throws IOException {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        Path seed = seed("c.txt", "記者:問?\n李明:答。\n", hourAgo);
        SeedKeys first = new SeedKeys();
        String key = first.key("site", site, seed);
        String stamp = first.stamp(seed, "site", key).orElseThrow();
        assertThat(first.stamp(seed, "other", key)).as("another site-wide key").isEmpty();
        assertThat(first.stamp(seed, "site", "another key")).isEmpty();

        // the next process: a key no hash of the seed gives shows that the seed was not read
        SeedKeys next = new SeedKeys();
        next.adopt(site.resolve("seeds/../seeds/c.txt"), "site", stamp, "the cache's key");
        assertThat(next.key("site", site, seed)).isEqualTo("the cache's key");
        assertThat(next.key("other", site, seed)).as("another site-wide key: hashed").isEqualTo(InputKeys.seed("other", site, seed));

        // edited since: its stat changed, so it is hashed
        SeedKeys afterEdit = new SeedKeys();
        afterEdit.adopt(seed, "site", stamp, "the cache's key");
        seed("c.txt", "記者:問?\n李明:改過了。\n", hourAgo.plusSeconds(5));
        assertThat(afterEdit.key("site", site, seed)).isEqualTo(InputKeys.seed("site", site, seed)).isNotEqualTo(key);

        // a sidecar added since: hashed
        SeedKeys afterSidecar = new SeedKeys();
        String edited = InputKeys.seed("site", site, seed);
        SeedKeys hashing = new SeedKeys();
        assertThat(hashing.key("site", site, seed)).isEqualTo(edited);
        afterSidecar.adopt(seed, "site", hashing.stamp(seed, "site", edited).orElseThrow(), edited);
        seed("c.yaml", "title: 題\n", hourAgo);
        assertThat(afterSidecar.key("site", site, seed)).isEqualTo(InputKeys.seed("site", site, seed)).isNotEqualTo(edited);
    }

    @Test
    void aSeedTooRecentToTrustHasNoStampAndAMalformedStampIsIgnored() throws IOException {
        Path seed = seed("d.txt", "記者:問?\n李明:答。\n", Instant.now());
        SeedKeys keys = new SeedKeys();
        String key = keys.key("site", site, seed);
        assertThat(keys.stamp(seed, "site", key)).isEmpty();

        Path settled = seed("e.txt", "記者:問?\n李明:答。\n", Instant.now().minusSeconds(3600));
        SeedKeys next = new SeedKeys();
        next.adopt(settled, "site", "no separator", "the cache's key");
        next.adopt(settled, "site", "a|b|c", "the cache's key");
        assertThat(next.key("site", site, settled)).isEqualTo(InputKeys.seed("site", site, settled));
    }
}
