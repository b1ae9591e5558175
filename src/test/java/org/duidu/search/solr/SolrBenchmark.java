package org.duidu.search.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.duidu.model.Publication;
import org.duidu.search.ParagraphSearch;
import org.duidu.search.SearchIndexer;
import org.duidu.search.SearchRequest;
import org.duidu.search.SearchResults;
import org.duidu.search.Searcher;
import org.duidu.search.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Solr benchmark of issue 13 (a bench, not a test: it asserts nothing about time). Run it with
 * {@code bench/solr/run.sh}. On a corpus of the seed plus generated interviews
 * ({@link TestCorpus#corpus}, text from the seed's runs, made on demand and never all held), it
 * measures
 * <ol>
 *   <li>the push to a local 2-node SolrCloud (2 shards × 2 replicas, {@link LocalSolrCloud}, a JVM of
 *       its own) from scratch, again with nothing changed, and with 1% of the interviews changed;</li>
 *   <li>beside it, the local Lucene index of the same (edited) corpus: {@code SearchIndexer.put} of
 *       every interview, then {@code finish} (commit and the static search files);</li>
 *   <li>query latency, top 10 with snippets, {@link Searcher} and {@link SolrSearcher} alternating on
 *       the same queries (the dev queries plus 600 cut from the corpus), two timed passes after a
 *       warm-up: p50, p99, and whether the top 10 agree.</li>
 * </ol>
 * The load average is sampled every 5 s (the machine may be shared). Results go to standard output
 * and {@code target/solr-bench/results-N.json}.
 */
class SolrBenchmark {
    @Test
    @EnabledIfSystemProperty(named = "duidu.bench", matches = "true")
    void run() throws Exception {
        int interviews = Integer.getInteger("duidu.bench.interviews", 10_000);
        String clusterHeap = System.getProperty("duidu.bench.clusterXmx", "3g");
        Path out = Path.of("target/solr-bench");
        Path work = out.resolve("work-" + interviews);
        deleteTree(work);
        Files.createDirectories(work);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("interviews", interviews);
        results.put("benchHeapBytes", Runtime.getRuntime().maxMemory());
        results.put("clusterHeap", clusterHeap);
        results.put("cores", Runtime.getRuntime().availableProcessors());
        List<Double> load = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> load.add(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                0, 5, TimeUnit.SECONDS);

        TestCorpus.Corpus corpus = TestCorpus.corpus(interviews, 20261201L, TestCorpus.seedRuns());
        List<Publication> edited = corpus.withEdits(100);
        long paragraphs = 0;
        for (Publication p : corpus) {
            paragraphs += p.hans().paragraphs().size();
        }
        results.put("paragraphs", paragraphs);
        progress("corpus of " + interviews + " interviews, " + paragraphs + " paragraphs");

        try (LocalSolrCloud cloud = LocalSolrCloud.start(work.resolve("cluster"), "bench", 2, 2, clusterHeap, false)) {
            SolrTarget target = new SolrTarget(cloud.urls(), "bench");
            progress("cluster started");
            try (SolrPush push = SolrPush.open(target)) {
                SolrPush.Report first = push.push(corpus);
                results.put("pushSeconds", first.millis() / 1000.0);
                results.put("pushParagraphsPerSecond", Math.round(first.paragraphs() * 1000.0 / first.millis()));
                results.put("pushInterviewsPerSecond", Math.round(first.pushed().size() * 1000.0 / first.millis()));
                results.put("pushRetries", first.retries());
                progress("pushed: " + first.millis() + " ms");
                SolrPush.Report again = push.push(corpus);
                results.put("unchangedPushSeconds", again.millis() / 1000.0);
                results.put("unchangedPushSent", again.pushed().size());
                progress("pushed again: " + again.millis() + " ms");
                SolrPush.Report changed = push.push(edited);
                results.put("onePercentChangedPushSeconds", changed.millis() / 1000.0);
                results.put("onePercentChangedPushSent", changed.pushed().size());
                progress("pushed 1% changed: " + changed.millis() + " ms");
            }

            long start = System.nanoTime();
            Path index = work.resolve("index");
            Path cache = Files.createDirectories(work.resolve("cache"));
            try (SearchIndexer indexer = SearchIndexer.open(index, cache)) {
                for (Publication publication : edited) {
                    indexer.put(publication);
                }
                long putMillis = (System.nanoTime() - start) / 1_000_000;
                results.put("localPutSeconds", putMillis / 1000.0);
                results.put("localPutParagraphsPerSecond", Math.round(paragraphs * 1000.0 / putMillis));
                indexer.finish(TestCorpus.siteTree(work.resolve("site")));
            }
            long localMillis = (System.nanoTime() - start) / 1_000_000;
            results.put("localIndexSeconds", localMillis / 1000.0);
            results.put("localIndexParagraphsPerSecond", Math.round(paragraphs * 1000.0 / localMillis));
            results.put("localLuceneBytes", treeSize(index));
            progress("local index: " + localMillis + " ms");

            List<String> queries = TestCorpus.queries(edited, 600, new Random(20261201L));
            results.put("queries", queries.size());
            try (Searcher local = Searcher.open(index); SolrSearcher solr = SolrSearcher.open(target)) {
                for (String q : queries) { // warm-up
                    local.search(SearchRequest.of(q));
                    solr.search(SearchRequest.of(q));
                }
                progress("warmed up");
                List<Long> localNanos = new ArrayList<>();
                List<Long> solrNanos = new ArrayList<>();
                int differ = 0;
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = 0; i < queries.size(); i++) {
                        SearchRequest request = SearchRequest.of(queries.get(i));
                        boolean localFirst = (i + pass) % 2 == 0;
                        SearchResults a = time(localFirst ? local : solr, request, localFirst ? localNanos : solrNanos);
                        SearchResults b = time(localFirst ? solr : local, request, localFirst ? solrNanos : localNanos);
                        if (pass == 0 && !sameHits(a, b)) {
                            differ++;
                        }
                    }
                }
                results.put("queriesWithDifferentTop10", differ);
                double localP50 = percentile(localNanos, 0.50);
                double localP99 = percentile(localNanos, 0.99);
                double solrP50 = percentile(solrNanos, 0.50);
                double solrP99 = percentile(solrNanos, 0.99);
                results.put("localP50Millis", localP50);
                results.put("localP99Millis", localP99);
                results.put("solrP50Millis", solrP50);
                results.put("solrP99Millis", solrP99);
                results.put("solrOverLocalP50", Math.round(solrP50 / localP50 * 100) / 100.0);
                results.put("solrOverLocalP99", Math.round(solrP99 / localP99 * 100) / 100.0);
            }
            results.put("pushOverLocalIndexSeconds",
                    Math.round((double) results.get("pushSeconds") / (double) results.get("localIndexSeconds") * 100) / 100.0);
        }
        sampler.shutdownNow();
        List<Double> sorted = load.stream().filter(x -> x >= 0).sorted().toList();
        if (!sorted.isEmpty()) {
            results.put("loadAverage", Map.of("min", sorted.get(0), "median", sorted.get(sorted.size() / 2),
                    "max", sorted.get(sorted.size() - 1), "samples", sorted.size()));
        }
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results);
        Files.writeString(out.resolve("results-" + interviews + ".json"), json);
        System.out.println(json);
        deleteTree(work);
    }

    private static void progress(String what) {
        System.out.println("[solr-bench " + java.time.LocalTime.now().withNano(0) + "] " + what);
        System.out.flush();
    }

    private static SearchResults time(ParagraphSearch search, SearchRequest request, List<Long> into) throws Exception {
        long t = System.nanoTime();
        SearchResults results = search.search(request);
        into.add(System.nanoTime() - t);
        return results;
    }

    /** Same total, same paragraphs in the same order, scores within 1e-4. */
    private static boolean sameHits(SearchResults a, SearchResults b) {
        if (a.total() != b.total() || a.hits().size() != b.hits().size()) {
            return false;
        }
        for (int i = 0; i < a.hits().size(); i++) {
            var x = a.hits().get(i);
            var y = b.hits().get(i);
            if (!x.url().equals(y.url()) || Math.abs(x.score() - y.score()) > 1e-4) {
                return false;
            }
        }
        return true;
    }

    private static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return Math.round(sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 10_000.0) / 100.0;
    }

    private static long treeSize(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
