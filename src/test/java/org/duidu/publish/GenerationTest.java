package org.duidu.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.duidu.diag.DuiduException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generations on the real filesystem: layout, hard links, the swap, the lock, leftovers and the fallbacks. */
class GenerationTest {
    /** A filesystem without symbolic links (FAT, some network mounts), hard links working. */
    private static final FileOps NO_SYMLINKS = new FileOps() {
        @Override
        public void hardLink(Path link, Path existing) throws IOException {
            Files.createLink(link, existing);
        }

        @Override
        public void symlink(Path link, Path target) {
            throw new UnsupportedOperationException("no symbolic links on this filesystem");
        }
    };

    @TempDir
    Path dir;

    /** One build writing {@code site/<file>} and {@code index/<file>} with the given text. */
    private void build(Path out, String text, String... files) throws IOException {
        build(out, FileOps.SYSTEM, text, files);
    }

    private Generation build(Path out, FileOps ops, String text, String... files) throws IOException {
        try (Generation g = Generation.begin(out, false, ops)) {
            for (String f : files) {
                g.site().writeText(f, text);
                Files.writeString(g.indexDir().resolve("segments_" + f.replace('/', '_')), text);
            }
            g.publish();
            return g;
        }
    }

    private static Object inode(Path p) throws IOException {
        return Files.getAttribute(p, "unix:ino");
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBuildPublishesSiteAndIndexAsLinksIntoOneGeneration() throws Exception {
        Path out = dir.resolve("out");
        build(out, "v1", "a.html");
        assertThat(names(out)).containsExactly(".duidu-output", ".generations", "current", "index", "site");
        assertThat(Files.readSymbolicLink(out.resolve("site"))).isEqualTo(Path.of("current/site"));
        assertThat(Files.readSymbolicLink(out.resolve("index"))).isEqualTo(Path.of("current/index"));
        assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v1");
        assertThat(Files.readString(out.resolve("index/segments_a.html"))).isEqualTo("v1");
        assertThat(names(out.resolve(".generations"))).singleElement()
                .isEqualTo(out.resolve("current").toRealPath().getFileName().toString());
        assertThat(Files.readString(out.resolve(".duidu-output"))).startsWith("duidu-output 1\n");
    }

    @Test
    void aNewGenerationStartsAsHardLinksAndReplacesOnlyWhatItWrites() throws Exception {
        Path out = dir.resolve("out");
        build(out, "v1", "a.html", "b/c.html");
        Object unchanged = inode(out.resolve("site/b/c.html"));
        Object changed = inode(out.resolve("site/a.html"));
        try (Generation g = Generation.begin(out, false)) {
            assertThat(g.inheritsPrevious()).isTrue();
            assertThat(g.notes()).isEmpty();
            assertThat(inode(g.siteDir().resolve("b/c.html"))).isEqualTo(unchanged);
            assertThat(inode(g.indexDir().resolve("segments_a.html"))).isEqualTo(inode(out.resolve("index/segments_a.html")));
            g.site().writeText("a.html", "v2");
            try (OutputStream s = g.site().open("b/new.html")) {
                s.write("new".getBytes(StandardCharsets.UTF_8));
            }
            // the published generation is untouched until the swap: the write made a new file
            assertThat(inode(g.siteDir().resolve("a.html"))).isNotEqualTo(changed);
            assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v1");
            assertThat(Files.exists(out.resolve("site/b/new.html"))).isFalse();
            g.publish();
        }
        assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v2");
        assertThat(Files.readString(out.resolve("site/b/new.html"))).isEqualTo("new");
        assertThat(inode(out.resolve("site/b/c.html"))).isEqualTo(unchanged);
        // the generation it replaced stays, as the next build's starting point
        assertThat(names(out.resolve(".generations"))).hasSize(2);
    }

    @Test
    void theGenerationBeforeTheCurrentOneIsBroughtUpToDateAndBuiltOn() throws Exception {
        Path out = dir.resolve("out");
        build(out, "v1", "a.html", "b/kept.html", "gone.html");
        Path first = out.resolve("current").toRealPath();
        try (Generation g = Generation.begin(out, false)) {
            g.site().writeText("a.html", "v2");
            g.site().writeText("b/new.html", "new");
            g.site().delete("gone.html");
            Files.writeString(g.indexDir().resolve("segments_2"), "index 2");
            Files.delete(g.indexDir().resolve("segments_gone.html"));
            g.publish();
        }
        Path second = out.resolve("current").toRealPath();
        assertThat(second).isNotEqualTo(first);
        try (Generation g = Generation.begin(out, false)) {
            // the first generation, brought up to the second: the second's files, linked, and nothing it deleted
            assertThat(g.siteDir()).isEqualTo(first.resolve("site"));
            assertThat(g.inheritsPrevious()).isTrue();
            for (String f : List.of("a.html", "b/kept.html", "b/new.html")) {
                assertThat(inode(g.siteDir().resolve(f))).as(f).isEqualTo(inode(second.resolve("site").resolve(f)));
            }
            assertThat(g.siteDir().resolve("gone.html")).doesNotExist();
            assertThat(names(g.indexDir())).isEqualTo(names(second.resolve("index")));
            assertThat(inode(g.indexDir().resolve("segments_2"))).isEqualTo(inode(second.resolve("index/segments_2")));
            // the published generation is not touched while the next one is made
            assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v2");
            g.site().writeText("c.html", "v3");
            g.publish();
        }
        assertThat(out.resolve("current").toRealPath()).isEqualTo(first);
        assertThat(names(out.resolve(".generations"))).containsExactlyInAnyOrder(first.getFileName().toString(),
                second.getFileName().toString());
        assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v2");
        assertThat(Files.readString(out.resolve("site/c.html"))).isEqualTo("v3");
        assertThat(Files.readString(out.resolve("site/b/kept.html"))).isEqualTo("v1");
        assertThat(out.resolve("site/gone.html")).doesNotExist();
        // and the second, in turn, is what the build after that starts from
        try (Generation g = Generation.begin(out, false)) {
            assertThat(g.siteDir()).isEqualTo(second.resolve("site"));
            assertThat(Files.readString(g.siteDir().resolve("c.html"))).isEqualTo("v3");
        }
    }

    @Test
    void aGenerationAKilledBuildWasBringingUpToDateIsDiscarded() throws Exception {
        Path out = dir.resolve("out");
        build(out, "v1", "a.html");
        Path first = out.resolve("current").toRealPath();
        build(out, "v2", "a.html", "b.html");
        // what a build killed while bringing the first generation up to date leaves: no state, files half replaced
        Files.delete(first.resolve("state"));
        Files.writeString(first.resolve("site/.a.html.spare.duidu-tmp"), "half");
        try (Generation g = Generation.begin(out, false)) {
            assertThat(g.siteDir().getParent()).isNotEqualTo(first);
            assertThat(Files.readString(g.siteDir().resolve("a.html"))).isEqualTo("v2");
            assertThat(Files.readString(g.siteDir().resolve("b.html"))).isEqualTo("v2");
            g.publish();
        }
        assertThat(first).doesNotExist();
        assertThat(names(out.resolve(".generations"))).hasSize(2);
    }

    @Test
    void deleteRemovesAFileOfTheNewGenerationOnly() throws Exception {
        Path out = dir.resolve("out");
        build(out, "v1", "a.html", "gone.html");
        try (Generation g = Generation.begin(out, false)) {
            g.site().delete("gone.html");
            g.site().delete("never-was.html");
            assertThat(Files.exists(out.resolve("site/gone.html"))).isTrue();
            g.publish();
        }
        assertThat(names(out.resolve("site"))).containsExactly("a.html");
    }

    @Test
    void aPathOutsideTheSiteIsRefused() throws Exception {
        try (Generation g = Generation.begin(dir.resolve("out"), false)) {
            assertThatThrownBy(() -> g.site().writeText("../index/x", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> g.site().writeText("/etc/x", "x")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aBuildThatFailsBeforePublishingLeavesThePreviousOutputAndNothingElse() throws Exception {
        Path out = dir.resolve("out");
        build(out, "v1", "a.html");
        List<String> before = names(out.resolve(".generations"));
        try (Generation g = Generation.begin(out, false)) {
            g.site().writeText("a.html", "half");
            // the build fails here: close() without publish()
        }
        assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v1");
        assertThat(names(out.resolve(".generations"))).isEqualTo(before);
        assertThat(names(out)).doesNotContain(".lock");
    }

    @Test
    void aFailureInThePublishStepLeavesThePreviousOutput() throws Exception {
        Path out = dir.resolve("out");
        build(out, "v1", "a.html");
        // the filesystem refuses the link that would switch OUT/current (disk full, say)
        FileOps failingSwitch = new FileOps() {
            @Override
            public void hardLink(Path link, Path existing) throws IOException {
                Files.createLink(link, existing);
            }

            @Override
            public void symlink(Path link, Path target) throws IOException {
                if (target.startsWith(Generation.GENERATIONS)) {
                    throw new java.nio.file.FileSystemException(link.toString(), null, "No space left on device");
                }
                Files.createSymbolicLink(link, target);
            }
        };
        try (Generation g = Generation.begin(out, false, failingSwitch)) {
            g.site().writeText("a.html", "v2");
            assertThatThrownBy(g::publish).isInstanceOf(IOException.class);
        }
        assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v1");
        assertThat(Files.readString(out.resolve("index/segments_a.html"))).isEqualTo("v1");
        assertThat(names(out.resolve(".generations"))).hasSize(1);
        build(out, "v3", "a.html");
        assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v3");
        assertThat(names(out)).containsExactly(".duidu-output", ".generations", "current", "index", "site");
    }

    @Test
    void afterABuildThatRewroteMostOfTheSiteTheNextStartsFromACopyAndRemovesTheGenerationBefore() throws Exception {
        Path out = dir.resolve("out");
        int files = 3 * Spare.ALWAYS_CAUGHT_UP_BELOW;
        String[] all = new String[files];
        for (int i = 0; i < files; i++) {
            all[i] = "p/" + i + ".html";
        }
        build(out, "v1", all);
        Path first = out.resolve("current").toRealPath();
        // a third of the site rewritten: the next build brings the generation before up to date
        build(out, "v2", java.util.Arrays.copyOf(all, Spare.ALWAYS_CAUGHT_UP_BELOW + 1));
        Path second = out.resolve("current").toRealPath();
        try (Generation g = Generation.begin(out, false)) {
            assertThat(g.siteDir()).isEqualTo(first.resolve("site"));
            // the whole site rewritten (a template changed)
            for (String f : all) {
                g.site().writeText(f, "v3");
            }
            g.publish();
        }
        assertThat(names(out.resolve(".generations"))).containsExactlyInAnyOrder(first.getFileName().toString(),
                second.getFileName().toString());
        // the build after it starts from a copy of it; the generation before, all old copies, is removed
        try (Generation g = Generation.begin(out, false)) {
            assertThat(g.inheritsPrevious()).isTrue();
            assertThat(g.siteDir()).isNotEqualTo(second.resolve("site")).isNotEqualTo(first.resolve("site"));
            assertThat(inode(g.siteDir().resolve("p/7.html"))).isEqualTo(inode(first.resolve("site/p/7.html")));
            assertThat(second.resolve(Spare.STATE)).as("no published state while it is removed").doesNotExist();
            g.site().writeText("p/8.html", "v4");
            g.publish();
        }
        assertThat(second).doesNotExist();
        assertThat(names(out.resolve(".generations"))).hasSize(2).contains(first.getFileName().toString());
        assertThat(Files.readString(out.resolve("site/p/8.html"))).isEqualTo("v4");
        assertThat(Files.readString(out.resolve("site/p/9.html"))).isEqualTo("v3");
        assertThat(Files.readString(out.resolve("site/p/" + (files - 1) + ".html"))).isEqualTo("v3");
        assertThat(Spare.notWorthCatchingUp(Spare.ALWAYS_CAUGHT_UP_BELOW - 1, Spare.ALWAYS_CAUGHT_UP_BELOW)).as("a small site").isFalse();
        assertThat(Spare.notWorthCatchingUp(5000, -1)).as("files unknown").isFalse();
        assertThat(Spare.notWorthCatchingUp(Spare.ALWAYS_CAUGHT_UP_BELOW + 1, files)).as("a third").isFalse();
    }

    @Test
    void theNextBuildRemovesWhatKilledBuildsLeft() throws Exception {
        Path out = dir.resolve("out");
        build(out, "v1", "a.html");
        Files.createDirectories(out.resolve(".generations/g-killed/site/zh-Hans"));
        Files.writeString(out.resolve(".generations/g-killed/site/zh-Hans/.a.html.1.duidu-tmp"), "half");
        Files.createDirectories(out.resolve(".staging-123/site")); // the layout before generations
        Files.writeString(out.resolve(".current-99.duidu-tmp"), "");
        build(out, "v2", "a.html");
        assertThat(names(out)).containsExactly(".duidu-output", ".generations", "current", "index", "site");
        assertThat(names(out.resolve(".generations"))).hasSize(2).doesNotContain("g-killed"); // the current one and the one before
        assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v2");
    }

    @Test
    void anOutputOfTheOldLayoutIsConvertedKeepingEveryFile() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("site/zh-Hans"));
        Files.writeString(out.resolve("site/zh-Hans/a.html"), "old");
        Files.writeString(out.resolve("site/mine.txt"), "a reader's own file");
        Files.createDirectories(out.resolve("index"));
        Files.writeString(out.resolve("index/segments_1"), "old");
        Files.createDirectories(out.resolve(".staging-4242/site"));
        try (Generation g = Generation.begin(out, false)) {
            assertThat(g.notes()).anyMatch(n -> n.contains("generation layout"));
            assertThat(g.inheritsPrevious()).isTrue();
            assertThat(Files.readString(g.siteDir().resolve("zh-Hans/a.html"))).isEqualTo("old");
            // readers still see the old output, now through the links
            assertThat(Files.isSymbolicLink(out.resolve("site"))).isTrue();
            assertThat(Files.readString(out.resolve("site/zh-Hans/a.html"))).isEqualTo("old");
            g.site().writeText("zh-Hans/a.html", "new");
            // a build sweeping what it did not write cannot delete a file duidu never made
            g.site().delete("mine.txt");
            g.site().delete("zh-Hans/index-of-a-removed-seed.html");
            g.publish();
        }
        try (Generation g = Generation.begin(out, false)) {
            g.site().delete("mine.txt");
            g.site().delete("zh-Hans/a.html"); // written by duidu: may go
            g.publish();
        }
        assertThat(Files.exists(out.resolve("site/zh-Hans/a.html"))).isFalse();
        assertThat(Files.readString(out.resolve("site/mine.txt"))).isEqualTo("a reader's own file");
        assertThat(names(out)).containsExactly(".duidu-output", ".generations", "current", "index", "site");
        assertThat(names(out.resolve(".generations"))).hasSize(2);
    }

    @Test
    void aSecondBuildInThisProcessIsToldWhoHoldsTheLock() throws Exception {
        Path out = dir.resolve("out");
        try (Generation first = Generation.begin(out, false)) {
            assertThat(Files.readString(out.resolve(".lock"))).startsWith("pid " + ProcessHandle.current().pid() + " on ");
            assertThatThrownBy(() -> Generation.begin(out, false))
                    .isInstanceOf(DuiduException.class)
                    .hasMessageContaining("is being built by another duidu (pid " + ProcessHandle.current().pid() + " on ")
                    .hasMessageContaining(", started 20");
            first.site().writeText("a.html", "still mine");
            first.publish();
        }
        assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("still mine");
        assertThat(Files.exists(out.resolve(".lock"))).isFalse();
        build(out, "next", "a.html"); // released
    }

    @Test
    void anotherProcessHoldingTheLockIsNamedAndItsLockIsTakenOverWhenItIsKilled() throws Exception {
        Path out = dir.resolve("out");
        build(out, "v1", "a.html");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), out.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String line = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).isEqualTo("holding " + holder.pid());
            assertThatThrownBy(() -> Generation.begin(out, false))
                    .isInstanceOf(DuiduException.class)
                    .hasMessageContaining("is being built by another duidu (pid " + holder.pid() + " on ");
        } finally {
            holder.destroyForcibly(); // kill -9: the holder cannot clean up
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(out.resolve(".lock"))).startsWith("pid " + holder.pid());
        try (Generation g = Generation.begin(out, false)) {
            assertThat(g.notes()).anyMatch(n -> n.startsWith("took over the lock of a build that did not finish (pid " + holder.pid()));
            g.publish();
        }
        assertThat(names(out)).containsExactly(".duidu-output", ".generations", "current", "index", "site");
        assertThat(names(out.resolve(".generations"))).hasSize(2);
        assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v1");
    }

    @Test
    void withoutHardLinksTheGenerationIsACopyAndTheBuildSaysSo() throws Exception {
        Path out = dir.resolve("out");
        build(out, "v1", "a.html");
        FileOps noHardLinks = new FileOps() {
            @Override
            public void hardLink(Path link, Path existing) {
                throw new UnsupportedOperationException("no hard links on this filesystem");
            }

            @Override
            public void symlink(Path link, Path target) throws IOException {
                Files.createSymbolicLink(link, target);
            }
        };
        try (Generation g = Generation.begin(out, false, noHardLinks)) {
            assertThat(g.notes()).anyMatch(n -> n.startsWith("hard links are not available"));
            assertThat(g.inheritsPrevious()).isTrue();
            assertThat(Files.readString(g.siteDir().resolve("a.html"))).isEqualTo("v1");
            assertThat(inode(g.siteDir().resolve("a.html"))).isNotEqualTo(inode(out.resolve("site/a.html")));
            g.site().writeText("b.html", "v2");
            g.publish();
        }
        assertThat(names(out.resolve("site"))).containsExactly("a.html", "b.html");
    }

    @Test
    void withoutSymbolicLinksSiteAndIndexAreRealDirectoriesReplacedByRenames() throws Exception {
        Path out = dir.resolve("out");
        build(out, NO_SYMLINKS, "v1", "a.html");
        assertThat(Files.isDirectory(out.resolve("site"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        Object unchanged = inode(out.resolve("site/a.html"));
        try (Generation g = Generation.begin(out, false, NO_SYMLINKS)) {
            assertThat(g.notes()).anyMatch(n -> n.startsWith("symbolic links are not available") && n.contains("not atomic"));
            assertThat(inode(g.siteDir().resolve("a.html"))).isEqualTo(unchanged);
            Files.writeString(g.cacheDir().resolve("state"), "c2");
            g.site().writeText("b.html", "v2");
            g.publish();
        }
        assertThat(names(out)).containsExactly(".cache", ".duidu-output", ".generations", ".site-files", "index", "site");
        assertThat(names(out.resolve(".generations"))).isEmpty();
        assertThat(names(out.resolve("site"))).containsExactly("a.html", "b.html");
        assertThat(Files.readString(out.resolve(".cache/state"))).isEqualTo("c2");
        assertThat(Files.readString(out.resolve("index/segments_a.html"))).isEqualTo("v1");
    }

    @Test
    void withoutSymbolicLinksAPublishStoppedHalfWayIsRepairedAndTheCacheDropped() throws Exception {
        Path out = dir.resolve("out");
        build(out, NO_SYMLINKS, "v1", "a.html");
        // what a kill between the renames of site and index leaves: site set aside, not yet replaced
        Path trash = Files.createDirectories(out.resolve(".generations/old-killed"));
        Files.move(out.resolve("site"), trash.resolve("site"));
        try (Generation g = Generation.begin(out, false, NO_SYMLINKS)) {
            assertThat(g.notes()).anyMatch(n -> n.contains("stopped while publishing"));
            assertThat(Files.readString(out.resolve("site/a.html"))).isEqualTo("v1");
            assertThat(names(g.cacheDir())).isEmpty();
            g.publish();
        }
        assertThat(names(out.resolve(".generations"))).isEmpty();
    }
}
