package org.duidu.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duidu serve} over real HTTP on loopback: pages, the search API, rebuilds. */
class DevServerTest {
    private static final String PAGE = "zh-Hans/000_8e6aaae491def166.html";
    @TempDir
    static Path dir;
    private static Path site;
    private static DevServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        site = SiteFixture.seedOnly(dir.resolve("site"));
        server = DevServer.start(ConfigLoader.load(site, dir.resolve("out")), "127.0.0.1", 0,
                new PrintWriter(new StringWriter()));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesPagesWithTheLiveReloadScript() throws Exception {
        HttpResponse<String> r = get(PAGE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.body()).contains("id=\"p19\"", "<script src=\"/__duidu/live.js\" defer></script></head>");
        assertThat(get("__duidu/live.js").body()).contains("EventSource");
        assertThat(get("").body()).contains("edition-link");
    }

    @Test
    void unknownPathsGetThe404PageAndNothingOutsideTheSiteIsServed() throws Exception {
        assertThat(get("no/such/page.html").statusCode()).isEqualTo(404);
        assertThat(get("%2e%2e/%2e%2e/seeds/000_8e6aaae491def166.txt").statusCode()).isIn(403, 404);
    }

    @Test
    void theSearchApiAnswersLikeTheCli() throws Exception {
        HttpResponse<String> r = get("api/search?q=" + URLEncoder.encode("營商環境", StandardCharsets.UTF_8) + "&edition=zh-Hant");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"paragraph\" : 14", "\"url\" : \"zh-Hant/000_8e6aaae491def166.html#p14\"", "<mark>營商環境</mark>");
        assertThat(r.body().indexOf("\"paragraph\" : 14")).isLessThan(r.body().indexOf("\"paragraph\" : 9"));
        assertThat(get("api/search?q=x&limit=0").statusCode()).isEqualTo(400);
        assertThat(get("api/search").statusCode()).isEqualTo(400);
    }

    @Test
    void aRebuildPublishesChangesAndAFailedOneKeepsTheLastGoodSite() throws Exception {
        Path seed = site.resolve("seeds/000_8e6aaae491def166.txt");
        String original = Files.readString(seed);
        Files.writeString(seed, original.replace("護林員", "守林人"));
        server.rebuild();
        assertThat(get(PAGE).body()).contains("守林人");
        Files.writeString(site.resolve("seeds/zz.txt"), "沒有任何發言標記的文字。\n");
        server.rebuild();
        assertThat(get(PAGE).statusCode()).isEqualTo(200);
        assertThat(get(PAGE).body()).contains("守林人");
        Files.delete(site.resolve("seeds/zz.txt"));
        Files.writeString(seed, original);
        server.rebuild();
        assertThat(get(PAGE).body()).contains("护林员");
    }

    @Test
    void aRebuildReadsTheSiteSettingsAgain() throws Exception {
        Files.writeString(site.resolve("duidu.yaml"), "title: 改過的站名\n");
        try {
            server.rebuild();
            assertThat(get("zh-Hant/index.html").body()).contains("改過的站名");
            assertThat(get("zh-Hans/index.html").body()).contains("改过的站名");
        } finally {
            Files.delete(site.resolve("duidu.yaml"));
            server.rebuild();
        }
        assertThat(get("zh-Hant/index.html").body()).doesNotContain("改過的站名");
    }
}
