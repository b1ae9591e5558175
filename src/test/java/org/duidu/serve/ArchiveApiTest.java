package org.duidu.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duidu.ArchiveFixture;
import org.duidu.cli.Main;
import org.duidu.config.ConfigLoader;
import org.duidu.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/search} with the archive's filters, order, grouping and paging answers exactly
 * what {@code duidu search --json} prints with the same options (the page's side is ArchiveSearchIT).
 */
class ArchiveApiTest {
    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void build() throws Exception {
        Path project = ArchiveFixture.write(dir.resolve("project"));
        index = SiteBuilder.build(ConfigLoader.load(project, dir.resolve("out"))).indexDir();
    }

    @Test
    void everyFilterSortAndPageGivesTheCliJson() {
        List<Map<String, String>> cases = List.of(
                Map.of("q", "我们", "person", "黄海", "perInterview", "3", "counts", "1"),
                Map.of("q", "我們", "person", "黃海", "perInterview", "3", "counts", "1", "edition", "zh-Hant"),
                Map.of("q", "记号", "year", "2020", "sort", "date"),
                Map.of("q", "记号", "tag", "经济", "source", "新华社", "counts", "1"),
                Map.of("q", "我们 工作", "role", "answer", "perInterview", "3", "offset", "20", "limit", "20"),
                Map.of("q", "工作", "sort", "date", "perInterview", "3", "offset", "7", "limit", "5", "counts", "1"));
        for (Map<String, String> c : cases) {
            StringBuilder raw = new StringBuilder();
            List<String> args = new ArrayList<>(List.of("search", "--json", "--index", index.toString()));
            c.forEach((k, v) -> {
                raw.append(raw.length() == 0 ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                switch (k) {
                    case "q" -> args.addAll(List.of(v.split(" ")));
                    case "perInterview" -> args.addAll(List.of("--per-interview", v));
                    case "counts" -> args.add("--counts");
                    default -> args.addAll(List.of("--" + k, v));
                }
            });
            SearchEndpoint.Response api;
            try (SearchEndpoint endpoint = new SearchEndpoint(index)) {
                api = endpoint.handle(raw.toString());
            }
            StringWriter out = new StringWriter();
            int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()));
            assertThat(code).isZero();
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.body().strip()).as(raw.toString()).isEqualTo(out.toString().strip());
            assertThat(api.body()).contains("\"interviews\"", "\"more\"");
        }
    }

    @Test
    void aBadSortOrOffsetIsABadRequest() {
        try (SearchEndpoint endpoint = new SearchEndpoint(index)) {
            assertThat(endpoint.handle("q=x&sort=newest").status()).isEqualTo(400);
            assertThat(endpoint.handle("q=x&offset=-1").status()).isEqualTo(400);
            assertThat(endpoint.handle("q=x&perInterview=two").status()).isEqualTo(400);
        }
    }
}
