package org.duidu.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code duidu serve} over real HTTP on loopback, on a copy of the real seed: pages, validators,
 * compression, the Host check, malformed targets, slow clients, the event stream, rebuilds.
 */
class DevServerTest {
    private static final String SLUG = "000_8e6aaae491def166";
    private static final String PAGE = "/zh-Hans/" + SLUG + ".html";
    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(1);
    @TempDir
    static Path dir;
    private static Path site;
    private static DevServer server;
    private static final StringWriter LOG = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        site = SiteFixture.seedOnly(dir.resolve("site"));
        server = DevServer.start(ConfigLoader.load(site, dir.resolve("out")),
                DevServer.Options.defaults().withPort(0).withTimeouts(HEADER_TIMEOUT, Duration.ofSeconds(5)),
                new PrintWriter(LOG, true));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static RawHttp.Answer get(String target, String... headers) throws IOException {
        return RawHttp.get(server.port(), target, headers);
    }

    /** Checks that compare several answers for one page. */
    private interface Checks {
        void run() throws Exception;
    }

    /**
     * Runs checks that compare answers across requests again when a rebuild landed among them: the page
     * shows its build (the live-reload script's), and the watcher may still rebuild for an earlier
     * test's edits, noticed after that test had rebuilt by itself.
     */
    private static void inOneBuild(Checks checks) throws Exception {
        for (int attempt = 1; ; attempt++) {
            int before = server.state().build();
            try {
                checks.run();
                return;
            } catch (AssertionError e) {
                if (server.state().build() == before || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    @Test
    void servesPagesWithTheLiveReloadScriptAndTheStrictPolicy() throws Exception {
        RawHttp.Answer r = get(PAGE);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.text()).contains("id=\"p19\"").containsPattern("<script src=\"/__duidu/live\\.js\\?build=\\d+&amp;page=[0-9a-f]+-[0-9a-f]+\" defer></script></head>");
        assertThat(get("/__duidu/live.js").text()).contains("EventSource", "textContent").doesNotContain("innerHTML");
        assertThat(get("/__duidu/live.js").header("Content-Type")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(get("/favicon.svg").header("Content-Type")).isEqualTo("image/svg+xml; charset=utf-8");
        assertThat(get("/").text()).contains("edition-link");
    }

    @Test
    void theBuiltFilesNeverHoldTheLiveReloadScript() throws Exception {
        try (Stream<Path> files = Files.walk(dir.resolve("out/site").toRealPath())) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(pages).hasSizeGreaterThan(5);
            for (Path page : pages) {
                assertThat(Files.readString(page)).as(page.toString()).doesNotContain("__duidu");
            }
        }
    }

    @Test
    void unknownPathsGetTheSites404PageWithStatus404() throws Exception {
        RawHttp.Answer r = get("/no/such/page.html");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(r.text()).contains("找不到這一頁", "edition-link", "/__duidu/live.js");
        assertThat(get("/zh-Hans/nope/").status()).isEqualTo(404);
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoRelativeLinksWork() throws Exception {
        RawHttp.Answer r = get("/zh-Hans?x=1");
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.header("Location")).endsWith("/zh-Hans/?x=1");
        assertThat(get("/zh-Hans/").text()).contains("story-title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%00", "/zh-Hans/%00.html", "mailto:x", "*", "/%zz", "/%e4%b8", "/%ff", "/../seeds/" + SLUG + ".txt",
            "/%2e%2e/%2e%2e/seeds/" + SLUG + ".txt", "/zh-Hans/%2E%2E/%2e%2e/seeds/" + SLUG + ".txt", "/zh-Hans/./index.html",
            "/a%5c..%5c..%5cseeds", "/a%2f..%2fb"})
    void malformedTargetsAnswer400(String target) throws Exception {
        RawHttp.Answer r = get(target);
        assertThat(r.status()).as(target).isEqualTo(400);
        assertThat(r.text()).doesNotContain("护林员", "護林員");
    }

    @Test
    void nothingOutsideTheSiteIsServedThroughALink() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "秘密");
        Path root = dir.resolve("out/site").toRealPath();
        Path link = root.resolve("leak.txt");
        Files.createSymbolicLink(link, secret);
        try {
            RawHttp.Answer r = get("/leak.txt");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.text()).doesNotContain("秘密");
        } finally {
            Files.deleteIfExists(link);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:1313", "127.0.0.2", "localhost.evil.example", "0.0.0.0"})
    void otherHostNamesAreRefused(String host) throws Exception {
        RawHttp.Answer r = get(PAGE, "Host: " + host);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.text()).doesNotContain("护林员").contains("--host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:%d", "127.0.0.1:%d", "[::1]:%d", "LOCALHOST:%d"})
    void loopbackHostNamesAreServed(String host) throws Exception {
        assertThat(get(PAGE, "Host: " + host.formatted(server.port())).status()).isEqualTo(200);
    }

    @Test
    void validatorsAnswer304AndChangeWithTheContent() throws Exception {
        inOneBuild(() -> {
            RawHttp.Answer first = get(PAGE);
            String etag = first.header("ETag");
            String modified = first.header("Last-Modified");
            assertThat(etag).matches("\"[0-9a-f]+-[0-9a-f]+\"");
            assertThat(modified).endsWith(" GMT");
            assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

            RawHttp.Answer same = get(PAGE, "If-None-Match: \"other\", " + etag);
            assertThat(same.status()).isEqualTo(304);
            assertThat(same.body()).isEmpty();
            assertThat(same.header("ETag")).isEqualTo(etag);
            assertThat(get(PAGE, "If-None-Match: W/" + etag).status()).isEqualTo(304);
            assertThat(get(PAGE, "If-Modified-Since: " + modified).status()).isEqualTo(304);
            assertThat(get(PAGE, "If-None-Match: \"other\"").status()).isEqualTo(200);
            // If-None-Match wins over If-Modified-Since (RFC 9110 13.1.3)
            assertThat(get(PAGE, "If-None-Match: \"other\"", "If-Modified-Since: " + modified).status()).isEqualTo(200);
            assertThat(get(PAGE, "If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT").status()).isEqualTo(200);
        });
    }

    @Test
    void gzipWhenAcceptedAndNeverWhenRefused() throws Exception {
        inOneBuild(() -> {
            RawHttp.Answer plain = get(PAGE);
            RawHttp.Answer zipped = get(PAGE, "Accept-Encoding: br, gzip;q=0.8");
            assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
            assertThat(zipped.header("Vary")).isEqualTo("Accept-Encoding");
            assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
            assertThat(Integer.parseInt(zipped.header("Content-Length"))).isEqualTo(zipped.body().length);
            try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertThat(in.readAllBytes()).isEqualTo(plain.body());
            }
            assertThat(zipped.header("ETag")).isNotEqualTo(plain.header("ETag"));
            assertThat(get(PAGE, "If-None-Match: " + zipped.header("ETag"), "Accept-Encoding: gzip").status()).isEqualTo(304);
            assertThat(get(PAGE, "Accept-Encoding: gzip;q=0, identity").header("Content-Encoding")).isNull();
            assertThat(get(PAGE, "Accept-Encoding: br").header("Content-Encoding")).isNull();
            assertThat(plain.header("Content-Encoding")).isNull();
        });
    }

    @Test
    void headAnswersTheHeadersOfGetWithoutTheBody() throws Exception {
        inOneBuild(() -> {
            RawHttp.Answer body = get(PAGE);
            RawHttp.Answer head = RawHttp.send(server.port(), "HEAD", PAGE);
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(body.body().length));
            assertThat(head.header("ETag")).isEqualTo(body.header("ETag"));
            assertThat(head.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            assertThat(RawHttp.send(server.port(), "HEAD", "/no/such.html").status()).isEqualTo(404);
            RawHttp.Answer post = RawHttp.send(server.port(), "POST", PAGE, "Content-Length: 0");
            assertThat(post.status()).isEqualTo(405);
            assertThat(post.header("Allow")).isEqualTo("GET, HEAD");
        });
    }

    @Test
    void theSearchApiAnswersLikeTheCli() throws Exception {
        RawHttp.Answer r = get("/api/search?q=" + URLEncoder.encode("營商環境", StandardCharsets.UTF_8) + "&edition=zh-Hant");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.text()).contains("\"paragraph\" : 14", "\"url\" : \"zh-Hant/" + SLUG + ".html#p14\"", "<mark>營商環境</mark>");
        assertThat(r.text().indexOf("\"paragraph\" : 14")).isLessThan(r.text().indexOf("\"paragraph\" : 9"));
        assertThat(get("/api/search?q=x&limit=0").status()).isEqualTo(400);
        assertThat(get("/api/search").status()).isEqualTo(400);
    }

    /**
     * 400 clients that open a connection and send their headers one byte at a time (slowloris) hold no
     * thread each, do not keep a normal request waiting, and are cut off at the header timeout.
     */
    @Test
    void slowClientsHoldNoThreadAndAreCutOff() throws Exception {
        int before = ManagementFactory.getThreadMXBean().getThreadCount();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 400; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                s.setSoTimeout(10_000);
                s.getOutputStream().write("GET / HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            for (Socket s : slow.subList(0, 50)) {
                s.getOutputStream().write('s'); // still trickling
            }
            int during = ManagementFactory.getThreadMXBean().getThreadCount();
            assertThat(during - before).as("threads added by 400 slow clients").isLessThan(20);
            assertThat(get(PAGE).status()).isEqualTo(200);
            // every slow connection is closed by the server once the header timeout has passed
            for (Socket s : slow) {
                assertThat(s.getInputStream().read()).as("end of stream").isIn(-1, (int) 'H'); // closed, maybe after a 408
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    /** Reads an event stream on a raw socket: each {@code data:} line goes to the queue. */
    private static BlockingQueue<String> events(Socket socket) throws IOException {
        socket.getOutputStream().write(("GET /__duidu/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("data: ")) {
                        queue.add(line.substring(6));
                    } else if (line.startsWith("HTTP/1.1 ")) {
                        queue.add("status " + line.substring(9, 12));
                    }
                }
            } catch (IOException e) {
                // the test closed the socket
            }
            queue.add("closed");
        });
        reader.setDaemon(true);
        reader.start();
        return queue;
    }

    private static String next(BlockingQueue<String> queue) throws InterruptedException {
        String event = queue.poll(60, TimeUnit.SECONDS);
        assertThat(event).as("an event within 60 s").isNotNull();
        return event;
    }

    /** The first event (on the same open stream) after which the condition holds; builds still queued by earlier tests pass by. */
    private static String until(BlockingQueue<String> queue, java.util.function.Predicate<String> condition) throws Exception {
        for (int i = 0; i < 20; i++) {
            String event = next(queue);
            assertThat(event).isNotEqualTo("closed");
            if (condition.test(event)) {
                return event;
            }
        }
        throw new AssertionError("no such event");
    }

    private static boolean pageContains(String text) {
        return contains(PAGE, text);
    }

    private static boolean contains(String target, String text) {
        try {
            return get(target).text().contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The event stream stays open across builds (it used to close as soon as it opened): a saved
     * edit is noticed by the watcher and announced; a broken sidecar is announced with its place and
     * source line while the last good page stays served; the fix is announced as a new build.
     */
    @Test
    void theEventStreamStaysOpenAndTellsOfEachBuild() throws Exception {
        Path seed = site.resolve("seeds/" + SLUG + ".txt");
        Path sidecar = site.resolve("seeds/" + SLUG + ".yaml");
        String original = Files.readString(seed);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            BlockingQueue<String> events = events(socket);
            assertThat(next(events)).isEqualTo("status 200");
            // the stream opens with the state of the build being served: another test's saves may still be
            // rebuilding (the server is shared), so its number is read from the event, not asked before it
            String opening = next(events);
            assertThat(opening).matches("\\{\"build\":\\d+,\"preview\":(true|false),\"failure\":null\\}");
            int build = Integer.parseInt(opening.replaceAll("\\{\"build\":(\\d+),.*", "$1"));
            assertThat(build).isLessThanOrEqualTo(server.state().build());

            Files.writeString(seed, original.replace("護林員", "守林人"));
            String edited = until(events, e -> e.endsWith(",\"preview\":false,\"failure\":null}") && pageContains("守林人"));
            int good = Integer.parseInt(edited.replaceAll("\\{\"build\":(\\d+),.*", "$1"));
            assertThat(good).isGreaterThan(build);

            Files.writeString(sidecar, "title: 測試\nsourceUrl: javascript:alert('<b>x</b>')\n");
            String failure = until(events, e -> e.contains("\"failure\":{"));
            assertThat(failure).startsWith("{\"build\":" + good + ",\"preview\":false,\"failure\":{")
                    .contains("\"place\":\"seeds/" + SLUG + ".yaml:2:12\"", "\"source\":\"sourceUrl: javascript:alert('<b>x</b>')\"");
            assertThat(get(PAGE).text()).as("the last good build is still served").contains("守林人");
            assertThat(LOG.toString()).contains("seeds/" + SLUG + ".yaml:2:12: error: sidecar:");

            Files.delete(sidecar);
            assertThat(until(events, e -> e.endsWith(",\"failure\":null}"))).isEqualTo("{\"build\":" + (good + 1) + ",\"preview\":false,\"failure\":null}");
        } finally {
            Files.deleteIfExists(sidecar);
            Files.writeString(seed, original);
            server.rebuild();
        }
        assertThat(get(PAGE).text()).contains("护林员");
    }

    /**
     * A saved seed's own pages are served first (a preview state), then the whole site is built and
     * published (a build state); the page as previewed is the page as built, so an open page that
     * reloaded for the preview does not reload again.
     */
    @Test
    void anEditedSeedsOwnPagesAreServedBeforeTheSiteIsBuilt() throws Exception {
        Path seed = site.resolve("seeds/" + SLUG + ".txt");
        String original = Files.readString(seed);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            BlockingQueue<String> events = events(socket);
            assertThat(next(events)).isEqualTo("status 200");
            // earlier tests' saves may still be rebuilding (the watcher coalesces them with this one's
            // otherwise): wait until the stream has been quiet for a second
            while (events.poll(1, TimeUnit.SECONDS) != null) {
                // an earlier state
            }
            Files.writeString(seed, original.replace("護林員", "看林人"));
            String first = next(events);
            assertThat(first).as("the edit's own pages first").contains("\"preview\":true,\"failure\":null");
            RawHttp.Answer shown = get(PAGE);
            assertThat(shown.text()).contains("看林人");
            String built = next(events);
            assertThat(built).as("then the site").contains("\"preview\":false,\"failure\":null");
            RawHttp.Answer published = get(PAGE);
            assertThat(published.text()).contains("看林人");
            assertThat(published.header(SiteHandler.PAGE_HEADER)).as("the page as built is the page as previewed")
                    .isNotNull().isEqualTo(shown.header(SiteHandler.PAGE_HEADER));
            assertThat(LOG.toString()).contains("Showing the edited page(s) first");
        } finally {
            Files.writeString(seed, original);
            server.rebuild();
        }
    }

    /** A folder created after serve started (pages/ here) is watched, and so is what is made in it later. */
    @Test
    void foldersCreatedLaterAreWatched() throws Exception {
        Path pages = site.resolve("pages");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            BlockingQueue<String> events = events(socket);
            assertThat(next(events)).isEqualTo("status 200");
            Files.createDirectories(pages);
            Files.writeString(pages.resolve("about.md"), "# 關於本站\n\n後來才寫的說明。\n");
            until(events, e -> e.endsWith("\"failure\":null}") && contains("/zh-Hant/about.html", "後來才寫的說明"));
            Files.writeString(pages.resolve("about.md"), "# 關於本站\n\n又改了一次。\n");
            until(events, e -> e.endsWith("\"failure\":null}") && contains("/zh-Hant/about.html", "又改了一次"));
            // folders made at once several levels deep are all watched
            Path deep = Files.createDirectories(site.resolve("site-assets/img/icons"));
            int before = server.state().build();
            Files.writeString(deep.resolve("dot.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            until(events, e -> server.state().build() > before);
        } finally {
            for (Path made : List.of(pages, site.resolve("site-assets"))) {
                try (Stream<Path> files = Files.walk(made)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            server.rebuild();
        }
    }

    @Test
    void aRebuildReadsTheSiteSettingsAgain() throws Exception {
        Files.writeString(site.resolve("duidu.yaml"), "title: 改過的站名\n");
        try {
            server.rebuild();
            assertThat(get("/zh-Hant/index.html").text()).contains("改過的站名");
            assertThat(get("/zh-Hans/index.html").text()).contains("改过的站名");
        } finally {
            Files.delete(site.resolve("duidu.yaml"));
            server.rebuild();
        }
        assertThat(get("/zh-Hant/index.html").text()).doesNotContain("改過的站名");
    }

}
