package org.duidu.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.duidu.config.ConfigLoader;
import org.duidu.model.Edition;
import org.duidu.model.Publication;
import org.duidu.site.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the search page of the site built from this repository in headless Chromium, from a plain HTTP server and from
 * {@code file://}, and checks that it returns the same top 10 (paragraphs, order and float scores)
 * as the Lucene searcher behind {@code duidu search} for every written form of every dev query and
 * for a sample of paragraph substrings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Path site;
    private Searcher searcher;
    private HttpServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start(@TempDir Path temp) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        // the real site (templates, fingerprinted search.js) with the search index written into it,
        // as the orchestrator will do once it calls SearchIndexer
        Path out = temp.resolve("build");
        site = SiteBuilder.build(ConfigLoader.load(Path.of("."), out)).siteDir();
        Publication publication = SeedFixture.publication();
        SearchIndexer.write(List.of(publication), out.resolve("index"), new DiskTree(site));
        searcher = Searcher.open(out.resolve("index"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String type = file.toString().endsWith(".js") ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8";
            exchange.getResponseHeaders().set("Content-Type", type);
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(body);
            }
        });
        server.start();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + temp.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
        if (searcher != null) {
            searcher.close();
        }
    }

    private String httpUrl(Edition edition, String query) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + edition.tag() + "/search.html?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private String fileUrl(Edition edition, String query) {
        return site.resolve(edition.tag() + "/search.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private void openPage(String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            String state = d.findElement(By.id("search-results")).getAttribute("data-state");
            return state != null && !state.equals("loading");
        });
        assertThat(browser.findElement(By.id("search-results")).getAttribute("data-state")).isNotEqualTo("error");
    }

    /** The page engine's top 10 as "pN=score" strings. */
    private List<String> pageTop10(String query) throws IOException {
        Object json = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "window.duiduSearch.search(arguments[0], {limit: 10})"
                        + ".then(function (r) { done(JSON.stringify(r.hits)); }, function (e) { done('ERROR ' + e); });",
                query);
        assertThat(json.toString()).doesNotStartWith("ERROR");
        List<String> ranked = new ArrayList<>();
        for (JsonNode hit : new ObjectMapper().readTree(json.toString())) {
            ranked.add("p" + hit.get("paragraph").asInt() + "=" + (float) hit.get("score").asDouble());
        }
        return ranked;
    }

    private List<String> luceneTop10(String query) throws IOException {
        return searcher.search(SearchRequest.of(query)).hits().stream()
                .map(h -> "p" + h.paragraph() + "=" + h.score()).toList();
    }

    private List<String> devQueryForms() throws IOException {
        List<String> forms = new ArrayList<>();
        try (var in = getClass().getResourceAsStream("/search/dev.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                forms.add(cells[0]);
                forms.addAll(List.of(cells[2].split("\\|")));
            }
        }
        return forms;
    }

    @Test
    void servedPageRanksEveryDevQueryExactlyAsLucene() throws IOException {
        openPage(httpUrl(Edition.HANS, "营商环境"));
        for (String query : devQueryForms()) {
            assertThat(pageTop10(query)).as(query).isEqualTo(luceneTop10(query)).isNotEmpty();
        }
    }

    @Test
    void fileUrlPageRanksEveryDevQueryExactlyAsLucene() throws IOException {
        openPage(fileUrl(Edition.HANT, "營商環境"));
        for (String query : devQueryForms()) {
            assertThat(pageTop10(query)).as(query).isEqualTo(luceneTop10(query)).isNotEmpty();
        }
    }

    @Test
    void substringsAndMultiWordQueriesRankExactlyAsLucene() throws IOException {
        openPage(httpUrl(Edition.HANS, "沈撫"));
        Publication publication = SeedFixture.publication();
        List<String> lines = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            publication.in(edition).paragraphs().forEach(p -> lines.add(SearchIndexer.indexedText(p, edition)));
        }
        Set<String> queries = new LinkedHashSet<>(List.of("的", "發展", "二十大 精神", "干部 隊伍 建設", "3.0 版本",
                "示範區 量子", "量子 計算", "360°", "“遼沈戰役”", "一老一幼", "信用承諾", "着力", "著力"));
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            for (int start = 0; start + 6 <= line.length(); start += 37) {
                queries.add(line.substring(start, start + 2 + (start % 5)));
            }
        }
        for (String query : queries) {
            assertThat(pageTop10(query)).as(query).isEqualTo(luceneTop10(query));
        }
    }

    @Test
    void pageShowsGroupedMarkedSnippetsLinkingToParagraphs() throws IOException {
        openPage(httpUrl(Edition.HANT, "营商环境"));
        List<SearchHit> expected = searcher.search(SearchRequest.of("营商环境").in(Edition.HANT)).hits();
        List<WebElement> items = browser.findElements(By.cssSelector("#search-results li"));
        assertThat(items).hasSize(expected.size());
        WebElement firstLink = items.get(0).findElement(By.tagName("a"));
        // the link carries the matched words for the reading page to mark (?hl=)
        assertThat(firstLink.getAttribute("href")).contains(SeedFixture.SLUG + ".html?hl=").endsWith("#p" + expected.get(0).paragraph());
        assertThat(firstLink.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("營商環境");
        // the page's snippet HTML is the CLI's snippet HTML
        assertThat(firstLink.getAttribute("innerHTML")).isEqualTo(expected.get(0).snippet());
        // one group per interview, headed by a link to its reading page
        assertThat(browser.findElements(By.cssSelector("#search-results section.search-group h2 a")))
                .extracting(e -> e.getAttribute("href")).singleElement().satisfies(h -> assertThat(h).endsWith(SeedFixture.SLUG + ".html"));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("营商环境");
        assertThat(browser.findElement(By.id("search-status")).getText()).contains("2");
        // the link lands on the paragraph of the reading page
        firstLink.click();
        assertThat(browser.getCurrentUrl()).contains(".html?hl=").endsWith("#p" + expected.get(0).paragraph());
        assertThat(browser.findElements(By.id("p" + expected.get(0).paragraph()))).hasSize(1);
    }

    @Test
    void renderedSnippetsEqualTheCliSnippetsGroupedByInterview() throws IOException {
        for (Edition edition : Edition.values()) {
            for (String query : devQueryForms()) {
                openPage(httpUrl(edition, query));
                List<String> shown = new ArrayList<>();
                for (WebElement item : browser.findElements(By.cssSelector("#search-results li"))) {
                    shown.add(item.getAttribute("data-paragraph") + " "
                            + item.findElement(By.tagName("a")).getAttribute("innerHTML"));
                }
                // the page shows 20 hits, at most 3 per interview, grouped where each interview's best hit stands
                List<String> expected = searcher.search(SearchRequest.of(query).in(edition).withLimit(20)
                                .browsing(new SearchRequest.Browse(java.util.Map.of(), false, 3, 0, true))).hits().stream()
                        .map(hit -> "p" + hit.paragraph() + " " + hit.snippet()).toList();
                assertThat(shown).as(edition + " " + query).isEqualTo(expected);
            }
        }
    }

    @Test
    void theBrowserTokenizesExactlyAsLucene() throws IOException {
        openPage(httpUrl(Edition.HANS, "沈撫"));
        // characters of the seed in both scripts, ASCII, full-width and compatibility forms, a
        // supplementary-plane Han character, combining marks, spaces and query syntax
        StringBuilder pool = new StringBuilder("AbZ09.,;:!?()[]{}\"*~^+-/ 　\t３ＡＢ，。、「」①②㍿ﬁ°é\u0301𠀀𠀁");
        Publication publication = SeedFixture.publication();
        for (Edition edition : Edition.values()) {
            publication.in(edition).paragraphs().forEach(p -> pool.append(SearchIndexer.indexedText(p, edition)));
        }
        int[] codePoints = pool.codePoints().distinct().toArray();
        java.util.Random random = new java.util.Random(4);
        ObjectMapper mapper = new ObjectMapper();
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            Object json = ((JavascriptExecutor) browser).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "window.duiduSearch.tokenize(arguments[0]).then(function (t) { done(JSON.stringify(t)); });",
                    text.toString());
            List<String> browserTokens = new ArrayList<>();
            for (JsonNode token : mapper.readTree(json.toString())) {
                browserTokens.add(token.get("term").asText() + "@" + token.get("position").asInt() + ":"
                        + token.get("start").asInt() + "-" + token.get("end").asInt());
            }
            List<String> javaTokens = Tokenization.tokenize(text.toString(), ScriptFold.standard()).stream()
                    .map(t -> t.term() + "@" + t.position() + ":" + t.start() + "-" + t.end()).toList();
            assertThat(browserTokens).as(text.toString()).isEqualTo(javaTokens);
        }
    }

    @Test
    void aLargerSiteWithCommonTermsInTheirOwnFilesRanksExactlyAsLucene(@TempDir Path temp) throws IOException {
        // 250 copies of the seed: common characters' postings outgrow LARGE_TERM_BYTES and get files of their own
        Publication seed = SeedFixture.publication();
        List<Publication> copies = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String slug = String.format("copy%03d", i);
            copies.add(new Publication(renamed(seed.source(), slug), renamed(seed.hans(), slug), renamed(seed.hant(), slug),
                    seed.script()));
        }
        Path copiesSite = site.resolve("copies");
        SearchIndexer.write(copies, temp.resolve("index"), new DiskTree(copiesSite));
        try (Stream<Path> files = Files.list(copiesSite.resolve("search"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.matches("terms-\\d+-0\\.js"));
        }
        try (Stream<Path> assets = Files.list(site.resolve("assets"))) {
            Files.createDirectories(copiesSite.resolve("assets"));
            for (Path asset : assets.toList()) {
                Files.copy(asset, copiesSite.resolve("assets").resolve(asset.getFileName()));
            }
        }
        Files.createDirectories(copiesSite.resolve("zh-Hans"));
        Files.copy(site.resolve("zh-Hans/search.html"), copiesSite.resolve("zh-Hans/search.html"));
        browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/copies/zh-Hans/search.html?q=%E7%9A%84");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "done".equals(d.findElement(By.id("search-results")).getAttribute("data-state")));
        try (Searcher copiesSearcher = Searcher.open(temp.resolve("index"))) {
            List<String> queries = new ArrayList<>(devQueryForms());
            queries.addAll(List.of("的", "发展", "发展的", "二十大 的", "示范区"));
            for (String query : queries) {
                List<String> expected = copiesSearcher.search(SearchRequest.of(query)).hits().stream()
                        .map(h -> "p" + h.paragraph() + "=" + h.score()).toList();
                assertThat(pageTop10(query)).as(query).isEqualTo(expected).isNotEmpty();
            }
        }
    }

    private static org.duidu.model.Interview renamed(org.duidu.model.Interview interview, String slug) {
        return new org.duidu.model.Interview(slug, interview.file(), interview.metadata(), interview.speakers(),
                interview.lead(), interview.sections());
    }

    @Test
    void cliApiAndPageOfTheDevServerReturnTheSameTop10ForEveryDevQuery(@TempDir Path temp) throws Exception {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("seeds"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, project.resolve("seeds").resolve(seed.getFileName()));
            }
        }
        Path out = temp.resolve("out");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        try (org.duidu.serve.DevServer dev = org.duidu.serve.DevServer.start(
                ConfigLoader.load(project, out), "127.0.0.1", 0, new java.io.PrintWriter(java.io.Writer.nullWriter()));
             Searcher cli = Searcher.open(out.resolve("index"))) {
            openPage(dev.url().resolve("zh-Hant/search.html?q=" + URLEncoder.encode("營商環境", StandardCharsets.UTF_8)).toString());
            for (String query : devQueryForms()) {
                List<String> expected = cli.search(SearchRequest.of(query)).hits().stream()
                        .map(h -> "p" + h.paragraph() + "=" + h.score()).toList();
                String body = client.send(java.net.http.HttpRequest.newBuilder(
                                dev.url().resolve("api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                List<String> api = new ArrayList<>();
                for (JsonNode hit : new ObjectMapper().readTree(body).get("hits")) {
                    api.add("p" + hit.get("paragraph").asInt() + "=" + (float) hit.get("score").asDouble());
                }
                assertThat(api).as("api " + query).isEqualTo(expected).isNotEmpty();
                assertThat(pageTop10(query)).as("page " + query).isEqualTo(expected);
            }
        }
    }

    @Test
    void roleParameterRestrictsResultsLikeTheCliOption() {
        openPage(httpUrl(Edition.HANS, "二十大报告") + "&role=question");
        assertThat(browser.findElements(By.cssSelector("#search-results li")))
                .extracting(e -> e.getAttribute("data-paragraph")).containsExactly("p18");
    }

    @Test
    void queriesOfMarkupAndQuerySyntaxAreShownAsText() {
        openPage(httpUrl(Edition.HANS, "<img src=x onerror=alert(1)> 护林员"));
        assertThat(browser.findElements(By.cssSelector("#search-results img"))).isEmpty();
        assertThat(browser.findElement(By.id("search-status")).getText()).isNotBlank();
    }
}
