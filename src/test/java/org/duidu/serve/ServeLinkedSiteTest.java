package org.duidu.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} when OUT/site is a link into a generation (issue 8): pages served, nothing outside the generation. */
class ServeLinkedSiteTest {
    @TempDir
    Path dir;

    @Test
    void servesThroughTheLinkButNoLinkInsideLeadsOutOfTheSite() throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        Path out = dir.resolve("out");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not for readers");
        HttpClient http = HttpClient.newHttpClient();
        try (DevServer server = DevServer.start(ConfigLoader.load(site, out), "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
            assertThat(Files.isSymbolicLink(out.resolve("site"))).isTrue();
            // files are put into the published generation below: first let serve's priming build publish its own
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!server.primed()) {
                assertThat(System.nanoTime()).as("priming build within 60 s").isLessThan(deadline);
                Thread.sleep(20);
            }
            Files.createSymbolicLink(out.resolve("site/leak.txt"), secret);
            Files.writeString(out.resolve("site/plain.txt"), "a plain file");
            assertThat(get(http, server, "zh-Hans/index.html").statusCode()).isEqualTo(200);
            assertThat(get(http, server, "plain.txt").body()).isEqualTo("a plain file");
            HttpResponse<String> leak = get(http, server, "leak.txt");
            assertThat(leak.statusCode()).isIn(403, 404);
            assertThat(leak.body()).doesNotContain("not for readers");
            // a link to the generation's own index, beside site/, is outside the site too
            Path index = out.resolve("index").toRealPath();
            String segments;
            try (var files = Files.list(index)) {
                segments = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_")).findFirst().orElseThrow();
            }
            Files.createSymbolicLink(out.resolve("site/idx"), index);
            assertThat(get(http, server, "idx/" + segments).statusCode()).isIn(403, 404);
        }
    }

    private static HttpResponse<String> get(HttpClient http, DevServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
