package org.duidu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.duidu.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, output safety, through the real command line: duidu writes only into directories it made. */
class OutputSafetyCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> tree(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void aNonEmptyDirectoryDuiduDidNotMakeIsRefusedWithExit2AndLeftAsItWas() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("project"));
        Path out = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(out.resolve("holiday.jpg"), "not a site");
        Files.createDirectories(out.resolve("site"));
        Files.writeString(out.resolve("site/mine.html"), "my own page");
        List<String> before = tree(out);
        Run r = run("build", "--site", site.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(out + " is not empty and duidu did not make it", "--force").doesNotContain("Exception");
        assertThat(tree(out)).isEqualTo(before);
    }

    @Test
    void withForceDuiduBuildsThereAndNeverDeletesTheUsersFilesInSiteOrIndex() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("project"));
        Path out = Files.createDirectories(dir.resolve("deploy"));
        Files.writeString(out.resolve("CNAME"), "example.org");
        Files.createDirectories(out.resolve("site"));
        Files.writeString(out.resolve("site/mine.html"), "my own page");
        Files.createDirectories(out.resolve("index"));
        Files.writeString(out.resolve("index/notes.txt"), "my notes");
        Run r = run("build", "--force", "--site", site.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(out.resolve("CNAME"))).isEqualTo("example.org");
        assertThat(Files.readString(out.resolve("site/mine.html"))).isEqualTo("my own page");
        assertThat(Files.readString(out.resolve("index/notes.txt"))).isEqualTo("my notes");
        assertThat(out.resolve("site/zh-Hans/index.html")).isRegularFile();
        assertThat(out.resolve(".duidu-output")).isRegularFile();
        // the directory is duidu's now: the next build needs no --force and still keeps the files
        Run again = run("build", "--site", site.toString(), "--out", out.toString());
        assertThat(again.code()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(out.resolve("site/mine.html"))).isEqualTo("my own page");
        assertThat(Files.readString(out.resolve("index/notes.txt"))).isEqualTo("my notes");
        assertThat(Files.readString(out.resolve("CNAME"))).isEqualTo("example.org");
    }

    @Test
    void theRootDirectoryIsRefusedEvenWithForce() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("project"));
        boolean siteExisted = Files.exists(Path.of("/site"));
        boolean indexExisted = Files.exists(Path.of("/index"));
        for (String[] args : List.of(new String[] {"build", "--site", site.toString(), "--out", "/"},
                new String[] {"build", "--force", "--site", site.toString(), "--out", "/"})) {
            Run r = run(args);
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("--out / is the root directory", "even with --force");
        }
        assertThat(Files.exists(Path.of("/site"))).isEqualTo(siteExisted);
        assertThat(Files.exists(Path.of("/index"))).isEqualTo(indexExisted);
        assertThat(Files.exists(Path.of("/.duidu-output"))).isFalse();
    }

    @Test
    void theHomeDirectoryAndItsParentAreRefusedEvenWithForce() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("project"));
        Path home = Files.createDirectories(dir.resolve("users/ming"));
        String saved = System.getProperty("user.home");
        System.setProperty("user.home", home.toString()); // the real home must not be the test's target
        try {
            for (Path target : List.of(home, home.getParent())) {
                Run r = run("build", "--force", "--site", site.toString(), "--out", target.toString());
                assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
                assertThat(r.err()).contains(target.equals(home) ? "the home directory" : "which holds the home directory");
            }
            assertThat(tree(home.getParent())).containsExactly("", "ming");
        } finally {
            System.setProperty("user.home", saved);
        }
    }

    @Test
    void theSiteDirectoryAndItsParentAreRefusedEvenWithForce() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("project"));
        List<String> before = tree(dir);
        for (Path target : List.of(site, dir)) {
            Run r = run("build", "--force", "--site", site.toString(), "--out", target.toString());
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("is the site project directory", "even with --force");
        }
        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void aFileAsOutputOrAsItsSiteIsRefused() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("project"));
        Path file = Files.writeString(dir.resolve("out.txt"), "x");
        Run r = run("build", "--force", "--site", site.toString(), "--out", file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("is a file, not a directory");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("site"), "a file named site");
        Run r2 = run("build", "--force", "--site", site.toString(), "--out", out.toString());
        assertThat(r2.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r2.err()).contains(out.resolve("site") + " is a file duidu did not make");
        assertThat(Files.readString(out.resolve("site"))).isEqualTo("a file named site");
    }

    @Test
    void anOutputOfAnOlderDuiduIsTakenOverWithoutForce() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("project"));
        Path out = dir.resolve("project/build");
        // what the build before generations left: real site/ and index/ (a real Lucene index, made here by a
        // build elsewhere and copied), and a killed build's staging directory
        Path elsewhere = dir.resolve("elsewhere");
        assertThat(run("build", "--site", site.toString(), "--out", elsewhere.toString()).code()).isZero();
        copyTree(elsewhere.resolve("site").toRealPath(), out.resolve("site"));
        copyTree(elsewhere.resolve("index").toRealPath(), out.resolve("index"));
        Files.writeString(out.resolve("site/zh-Hans/index.html"), "old");
        Files.createDirectories(out.resolve(".staging-123/site"));
        Run r = run("build", "--site", site.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("generation layout");
        assertThat(Files.isSymbolicLink(out.resolve("site"))).isTrue();
        assertThat(Files.readString(out.resolve("site/zh-Hans/index.html"))).contains("<html");
        assertThat(run("search", "--index", out.resolve("index").toString(), "经济").code()).isZero();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(".duidu-output", ".generations", "current", "site", "index");
        }
    }
}
