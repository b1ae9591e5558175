package org.duidu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.serve.DevServer;
import org.duidu.site.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An author's session with {@code duidu serve} in real headless Chromium, on a copy of the seed:
 * an edit of the seed shows in the open page by itself, at the same scroll position; a broken
 * sidecar shows every diagnostic with FILE:LINE:COL and the offending line in an overlay (its quoted
 * content inert), over the last good page; the fix removes the overlay and reloads the page. All
 * under the strict Content-Security-Policy serve sends, without a single violation.
 */
class ServeIT {
    private static final String SLUG = BuiltSite.SLUG;
    @TempDir
    static Path dir;
    private static Path site;
    private static DevServer server;
    private static Browser browser;
    /** What serve prints: a line "Built …" per published build. */
    private static final StringWriter LOG = new StringWriter();

    private static int builds() {
        return (int) LOG.toString().lines().filter(line -> line.startsWith("Built ")).count();
    }

    @BeforeAll
    static void start() throws Exception {
        BuiltSite.quietLogging();
        site = SiteFixture.seedOnly(dir.resolve("site"));
        server = DevServer.start(ConfigLoader.load(site, dir.resolve("out")), DevServer.Options.defaults().withPort(0),
                new PrintWriter(LOG, true));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        browser.close();
        server.close();
    }

    private static WebDriverWait within(int seconds) {
        // the page reloads under the wait: an element found a moment ago may be gone
        return (WebDriverWait) new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.JavascriptException.class);
    }

    @Test
    void editsReloadTheOpenPageAndABrokenSidecarShowsTheOverlayUntilFixed() throws Exception {
        var driver = browser.driver();
        driver.get(server.url() + "zh-Hant/" + SLUG + ".html");
        browser.console();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("護林員").doesNotContain("守林人");
        browser.js("window.scrollTo(0, 1200); window.duiduMarker = 'before the edit';");
        long y = ((Number) browser.js("return Math.round(window.scrollY)")).longValue();
        assertThat(y).isGreaterThan(600);

        // 1. an edit of the seed: the page reloads by itself, keeping its place
        Path seed = site.resolve("seeds/" + SLUG + ".txt");
        String original = Files.readString(seed);
        long saved = System.nanoTime();
        Files.writeString(seed, original.replace("護林員", "守林人"));
        within(30).until(d -> d.findElement(By.tagName("main")).getText().contains("守林人"));
        System.out.printf("ServeIT: save to new text shown: %d ms (a functional test; speed is measured by bench/serve)%n",
                (System.nanoTime() - saved) / 1_000_000);
        assertThat(browser.js("return window.duiduMarker")).as("the page was reloaded").isNull();
        within(5).until(d -> Math.abs(((Number) browser.js("return Math.round(window.scrollY)")).longValue() - y) <= 2);

        // 2. a broken sidecar: the overlay names the place and quotes the line, inert
        Path sidecar = site.resolve("seeds/" + SLUG + ".yaml");
        browser.js("window.duiduMarker = 'before the break';");
        Files.writeString(sidecar, "title: 測試\nsourceUrl: javascript:<img src=x onerror=window.pwned=1>\n");
        within(30).until(d -> !d.findElements(By.id("duidu-overlay")).isEmpty());
        var overlay = driver.findElement(By.id("duidu-overlay"));
        assertThat(overlay.isDisplayed()).isTrue();
        assertThat(overlay.getText()).contains("seeds/" + SLUG + ".yaml:2:12: error: sidecar",
                "sourceUrl: javascript:<img src=x onerror=window.pwned=1>");
        assertThat(overlay.findElements(By.tagName("img"))).as("quoted markup stays text").isEmpty();
        assertThat(browser.js("return window.pwned")).isNull();
        assertThat(browser.js("return window.duiduMarker")).as("a failed build does not reload").isEqualTo("before the break");
        assertThat(driver.findElement(By.tagName("main")).getText()).as("the last good build").contains("守林人");
        assertThat(overlay.findElement(By.tagName("mark")).getText()).isEqualTo("j"); // column 12

        // 3. the fix: the overlay goes and the page reloads with the new build
        Files.delete(sidecar);
        Files.writeString(seed, original);
        within(30).until(d -> browser.js("return window.duiduMarker") == null
                && d.findElement(By.tagName("main")).getText().contains("護林員"));
        assertThat(driver.findElements(By.id("duidu-overlay"))).isEmpty();

        List<LogEntry> problems = browser.console().stream()
                .filter(e -> e.getMessage().contains("Content Security Policy") || e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .toList();
        assertThat(problems).as("console errors and CSP violations").isEmpty();
    }

    /**
     * An open page that an edit does not change stays as it is (the reader's place, what they typed): it
     * asks for its own page's checksum after each rebuild and reloads only when that changed. The edit
     * is inside an answer, which the home page does not show.
     */
    @Test
    void aPageTheEditDoesNotChangeIsNotReloaded() throws Exception {
        var driver = browser.driver();
        driver.get(server.url() + "zh-Hant/index.html");
        within(10).until(d -> browser.js("return document.readyState").equals("complete"));
        browser.js("window.duiduMarker = 'the home page as opened';");
        Path seed = site.resolve("seeds/" + SLUG + ".txt");
        String original = Files.readString(seed);
        int before = builds();
        try {
            Files.writeString(seed, original.replace("護林員", "看林人"));
            within(30).until(d -> builds() > before);
            Thread.sleep(1500); // the page's own check after the last state
            assertThat(browser.js("return window.duiduMarker")).as("not reloaded").isEqualTo("the home page as opened");
            // the edited page itself shows the edit
            driver.get(server.url() + "zh-Hant/" + SLUG + ".html");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("看林人");
        } finally {
            int edited = builds();
            Files.writeString(seed, original);
            within(30).until(d -> builds() > edited);
        }
    }

    @Test
    void theLiveReloadScriptIsServedButNeverBuilt() throws Exception {
        browser.driver().get(server.url() + "zh-Hans/" + SLUG + ".html");
        assertThat(browser.driver().findElements(By.cssSelector("script[src^='/__duidu/live.js']"))).hasSize(1);

        Path out = dir.resolve("build-out");
        SiteBuilder.build(ConfigLoader.load(site, out));
        try (Stream<Path> files = Files.walk(out.resolve("site").toRealPath())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("__duidu", "live.js");
            }
        }
    }
}
