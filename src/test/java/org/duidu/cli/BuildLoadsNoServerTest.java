package org.duidu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.duidu.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code duidu build} in a JVM of its own, with class loading logged: the HTTP server's classes
 * (Jetty, the serve package) are never loaded, so they cost the build's cold start nothing.
 */
class BuildLoadsNoServerTest {
    @TempDir
    Path dir;

    @Test
    void buildNeverLoadsTheServer() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("classes.log");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xlog:class+load=info:file=" + log, "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--site", site.toString(), "--out", dir.resolve("out").toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        String loaded = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(loaded).contains("org.duidu.site.SiteBuilder", "org.duidu.cli.ServeCommand");
        assertThat(loaded).doesNotContain("org.eclipse.jetty", "org.duidu.serve.", "org.apache.solr"); // nor SolrJ (issue 13)
    }
}
