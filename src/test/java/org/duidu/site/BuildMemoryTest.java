package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remembered build cache is trusted for the very file it was written as, and for nothing else. */
class BuildMemoryTest {
    @TempDir
    Path dir;

    private BuildCache written(BuildMemory memory, Path cacheDir) throws IOException {
        BuildCache.save(cacheDir, List.of(), "texts", Map.of("題", List.of("题", "題")), List.of(), Map.of("index.html", "k"), "lists", "terms", memory);
        return memory.cacheFor(cacheDir.resolve("site/build.json")).orElseThrow();
    }

    @Test
    void theFileWrittenAndItsHardLinkInTheNextGenerationAreRemembered() throws IOException {
        BuildMemory memory = new BuildMemory();
        Path current = dir.resolve("g1");
        BuildCache cache = written(memory, current);
        assertThat(cache.listsKey()).isEqualTo("lists");
        assertThat(BuildCache.load(current, new java.util.ArrayList<>(), memory)).isSameAs(cache);
        // the next generation starts with a hard link of it
        Path next = dir.resolve("g2/site/build.json");
        Files.createDirectories(next.getParent());
        Files.createLink(next, current.resolve("site/build.json"));
        assertThat(BuildCache.load(dir.resolve("g2"), new java.util.ArrayList<>(), memory)).isSameAs(cache);
    }

    @Test
    void aFileReplacedOrWrittenByAnotherBuildIsReadFromDisk() throws IOException {
        BuildMemory memory = new BuildMemory();
        Path current = dir.resolve("g1");
        BuildCache cache = written(memory, current);
        Path file = current.resolve("site/build.json");
        // another process's build wrote a cache of its own in its place (a new file, renamed over it)
        Path other = dir.resolve("other");
        BuildCache.save(other, List.of(), "texts", Map.of(), List.of(), Map.of(), "their lists", "terms", new BuildMemory());
        Files.move(other.resolve("site/build.json"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(memory.cacheFor(file)).isEmpty();
        BuildCache read = BuildCache.load(current, new java.util.ArrayList<>(), memory);
        assertThat(read).isNotSameAs(cache);
        assertThat(read.listsKey()).isEqualTo("their lists");
        // a failed build forgets
        written(memory, current);
        memory.forget();
        assertThat(memory.cacheFor(file)).isEmpty();
    }
}
