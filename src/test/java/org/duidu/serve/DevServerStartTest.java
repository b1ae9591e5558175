package org.duidu.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.duidu.SeedFixture;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.diag.DuiduException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code duidu serve} starts when the sources are broken or the port is taken, and what it survives. */
class DevServerStartTest {
    @TempDir
    Path dir;

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /**
     * Right after the first build, serve builds once more with nothing changed, so the output's second
     * generation exists before the first edit; open pages are not told of that build.
     */
    @Test
    void theSecondGenerationIsMadeBeforeTheFirstEdit() throws Exception {
        Path site = SiteFixture.site(dir.resolve("site"), Map.of());
        Files.createDirectories(site.resolve("seeds"));
        Files.copy(SeedFixture.seed(), site.resolve("seeds").resolve(SeedFixture.NAME));
        Path out = dir.resolve("out");
        try (DevServer server = DevServer.start(ConfigLoader.load(site, out), DevServer.Options.defaults().withPort(0),
                new PrintWriter(new StringWriter(), true))) {
            await(server::primed);
            try (var generations = Files.list(out.resolve(".generations"))) {
                assertThat(generations.filter(Files::isDirectory).count()).isEqualTo(2);
            }
            assertThat(server.state().build()).as("the priming build is not announced").isEqualTo(1);
            Path seed = site.resolve("seeds").resolve(SeedFixture.NAME);
            Files.writeString(seed, Files.readString(seed).replace("護林員", "守林人"));
            await(() -> server.state().build() == 2);
            assertThat(RawHttp.get(server.port(), "/zh-Hant/" + SeedFixture.NAME.replace(".txt", ".html")).text()).contains("守林人");
        }
    }

    /** Like Hugo: a first build that fails still serves, shows why on every page, and recovers when fixed. */
    @Test
    void aFailedFirstBuildKeepsServingTheErrorUntilItIsFixed() throws Exception {
        Path site = SiteFixture.site(dir.resolve("site"), Map.of("seeds/a.txt", "沒有任何發言標記的文字。\n",
                "seeds/a.yaml", "title: <script>alert(1)</script>\n"));
        StringWriter log = new StringWriter();
        try (DevServer server = DevServer.start(ConfigLoader.load(site, dir.resolve("out")),
                DevServer.Options.defaults().withPort(0), new PrintWriter(log, true))) {
            assertThat(server.state().build()).isZero();
            assertThat(server.state().failure()).isNotNull();
            assertThat(server.state().json()).contains("\"place\":\"seeds/a.txt");
            assertThat(log.toString()).contains("seeds/a.txt:", "Serving the last good build");

            RawHttp.Answer page = RawHttp.get(server.port(), "/zh-Hant/index.html");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.text()).contains("<script src=\"/__duidu/live.js?build=0&amp;page=", "has not built yet")
                    .doesNotContain("<script>alert");

            Files.delete(site.resolve("seeds/a.txt"));
            Files.delete(site.resolve("seeds/a.yaml"));
            Files.copy(SeedFixture.seed(), site.resolve("seeds").resolve(SeedFixture.NAME));
            await(() -> server.state().build() == 1);
            assertThat(server.state().failure()).isNull();
            assertThat(RawHttp.get(server.port(), "/zh-Hant/index.html").status()).isEqualTo(200);
        }
    }

    /** Without --port a busy 1313 moves on to the next free port and says so; with --port it is an error. */
    @Test
    void aBusyDefaultPortMovesOnAndAChosenOneIsAnError() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int busy = taken.getLocalPort();
            var chosen = DevServer.Options.defaults().withPort(busy);
            assertThatThrownBy(() -> DevServer.start(ConfigLoader.load(site, dir.resolve("out")), chosen, new PrintWriter(new StringWriter())))
                    .isInstanceOf(DuiduException.class).hasMessageContaining("cannot listen on 127.0.0.1:" + busy)
                    .hasMessageContaining("--port");
            var defaults = new DevServer.Options("127.0.0.1", false, busy, false, Duration.ofSeconds(10), Duration.ofSeconds(30));
            StringWriter log = new StringWriter();
            try (DevServer server = DevServer.start(ConfigLoader.load(site, dir.resolve("out")), defaults, new PrintWriter(log, true))) {
                assertThat(server.port()).isNotEqualTo(busy).isGreaterThan(busy);
                assertThat(log.toString()).contains("Port " + busy + " is busy; serving on " + server.port() + " instead.");
                assertThat(RawHttp.get(server.port(), "/zh-Hant/index.html").status()).isEqualTo(200);
            }
        }
    }

    /**
     * A failure that is not a content diagnostic (here a template whose macro calls itself for ever:
     * a StackOverflowError, which used to kill the watcher thread) is reported, and the watcher keeps
     * going: the next edit rebuilds again.
     */
    @Test
    void theWatcherSurvivesAFailureThatIsNotADiagnostic() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        StringWriter log = new StringWriter();
        try (DevServer server = DevServer.start(ConfigLoader.load(site, dir.resolve("out")),
                DevServer.Options.defaults().withPort(0), new PrintWriter(log, true))) {
            int good = server.state().build();
            Files.createDirectories(site.resolve("templates"));
            Files.writeString(site.resolve("templates/404.ftlh"), "<#macro again><@again/></#macro><@again/>\n");
            await(() -> server.state().failure() != null || server.state().build() > good);
            assertThat(server.state().build()).isEqualTo(good);
            assertThat(server.state().failure().path("summary").asText()).startsWith("internal error while building: StackOverflowError");
            assertThat(log.toString()).contains("internal error while building: StackOverflowError").doesNotContain("\tat ");
            Files.delete(site.resolve("templates/404.ftlh"));
            await(() -> server.state().failure() == null && server.state().build() > good);
        }
    }
}
