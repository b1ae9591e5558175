package org.duidu.search.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.duidu.model.Edition;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.duidu.search.ParagraphSearch;
import org.duidu.search.SearchRequest;
import org.duidu.search.Searcher;
import org.duidu.search.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The Solr benchmark of issue 13 (a bench, not a test: it asserts nothing about time). Run it with
 * {@code bench/solr/run.sh}. On the seed plus generated interviews ({@link TestCorpus#generated}),
 * it measures: the local Lucene index's build time ({@code SearchIndexer.write}, static files
 * included); the push to a local 2-node SolrCloud (2 shards × 2 replicas, {@link LocalSolrCloud})
 * from scratch, again with nothing changed, and with 1% of the interviews changed; and query latency
 * (top 10 with snippets, {@code Searcher} and {@code SolrSearcher} alternating on the same queries:
 * the dev queries plus random 2–8 character substrings, every sixth with a second word): p50, p99.
 * Results go to standard output and {@code target/solr-bench/results-N.json}.
 */
class SolrBenchmark {
    @Test
    @EnabledIfSystemProperty(named = "duidu.bench", matches = "true")
    void run() throws Exception {
        int interviews = Integer.getInteger("duidu.bench.interviews", 10_000);
        Path out = Path.of("target/solr-bench");
        Path work = out.resolve("work-" + interviews);
        deleteTree(work);
        Files.createDirectories(work);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("interviews", interviews);

        List<Publication> corpus = new ArrayList<>();
        corpus.add(TestCorpus.seed());
        corpus.addAll(TestCorpus.generated(interviews - 1, 20261201L));
        int paragraphs = corpus.stream().mapToInt(p -> p.hans().paragraphs().size()).sum();
        results.put("paragraphs", paragraphs);

        long start = System.nanoTime();
        TestCorpus.localIndex(corpus, work.resolve("index"), work.resolve("site"));
        long localMillis = (System.nanoTime() - start) / 1_000_000;
        results.put("localIndexSeconds", localMillis / 1000.0);
        results.put("localIndexParagraphsPerSecond", Math.round(paragraphs * 1000.0 / localMillis));

        try (LocalSolrCloud cloud = LocalSolrCloud.start(work.resolve("cluster"), "bench", 2, 2)) {
            SolrTarget target = new SolrTarget(cloud.urls(), "bench");
            try (SolrPush push = SolrPush.open(target)) {
                SolrPush.Report first = push.push(corpus);
                results.put("pushSeconds", first.millis() / 1000.0);
                results.put("pushParagraphsPerSecond", Math.round(first.paragraphs() * 1000.0 / first.millis()));
                results.put("pushInterviewsPerSecond", Math.round(first.pushed().size() * 1000.0 / first.millis()));
                SolrPush.Report again = push.push(corpus);
                results.put("unchangedPushSeconds", again.millis() / 1000.0);
                results.put("unchangedPushSent", again.pushed().size());
                List<Publication> edited = new ArrayList<>(corpus);
                List<Publication> replacements = TestCorpus.generated(interviews - 1, 99L);
                for (int i = 1; i < edited.size(); i += 100) {
                    edited.set(i, replacements.get(i - 1));
                }
                SolrPush.Report changed = push.push(edited);
                results.put("onePercentChangedPushSeconds", changed.millis() / 1000.0);
                results.put("onePercentChangedPushSent", changed.pushed().size());
                // back to the corpus the local index holds, so both answer the same
                push.push(corpus);
            }
            List<String> queries = queries(corpus, new Random(20261201L));
            results.put("queries", queries.size());
            try (Searcher local = Searcher.open(work.resolve("index")); SolrSearcher solr = SolrSearcher.open(target)) {
                for (String q : queries) { // warm-up
                    local.search(SearchRequest.of(q));
                    solr.search(SearchRequest.of(q));
                }
                List<Long> localNanos = new ArrayList<>();
                List<Long> solrNanos = new ArrayList<>();
                int differ = 0;
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = 0; i < queries.size(); i++) {
                        SearchRequest request = SearchRequest.of(queries.get(i));
                        boolean localFirst = (i + pass) % 2 == 0;
                        var a = time(localFirst ? local : solr, request, localFirst ? localNanos : solrNanos);
                        var b = time(localFirst ? solr : local, request, localFirst ? solrNanos : localNanos);
                        if (pass == 0 && !sameUrls(a, b)) {
                            differ++;
                        }
                    }
                }
                results.put("queriesWithDifferentTop10", differ);
                results.put("localP50Millis", percentile(localNanos, 0.50));
                results.put("localP99Millis", percentile(localNanos, 0.99));
                results.put("solrP50Millis", percentile(solrNanos, 0.50));
                results.put("solrP99Millis", percentile(solrNanos, 0.99));
            }
        }
        long[] size = treeSize(work.resolve("index"));
        results.put("localIndexBytes", size[0]);
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results);
        Files.writeString(out.resolve("results-" + interviews + ".json"), json);
        System.out.println(json);
        deleteTree(work);
    }

    private static org.duidu.search.SearchResults time(ParagraphSearch search, SearchRequest request, List<Long> into) throws Exception {
        long t = System.nanoTime();
        var results = search.search(request);
        into.add(System.nanoTime() - t);
        return results;
    }

    private static boolean sameUrls(org.duidu.search.SearchResults a, org.duidu.search.SearchResults b) {
        return a.total() == b.total() && a.hits().stream().map(h -> h.url()).toList().equals(b.hits().stream().map(h -> h.url()).toList());
    }

    private static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return Math.round(sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 10_000.0) / 100.0;
    }

    private static List<String> queries(List<Publication> corpus, Random random) throws Exception {
        List<String> queries = new ArrayList<>(TestCorpus.devQueries());
        for (int i = 0; i < 600; i++) {
            Publication p = corpus.get(random.nextInt(corpus.size()));
            Edition edition = random.nextBoolean() ? Edition.HANS : Edition.HANT;
            List<Paragraph> paragraphs = p.in(edition).paragraphs();
            String text = paragraphs.get(random.nextInt(paragraphs.size())).text();
            int length = 2 + random.nextInt(7);
            int at = random.nextInt(Math.max(1, text.length() - length));
            String query = text.substring(at, Math.min(text.length(), at + length));
            if (i % 6 == 0) {
                String other = paragraphs.get(random.nextInt(paragraphs.size())).text();
                int o = random.nextInt(Math.max(1, other.length() - 3));
                query = query + " " + other.substring(o, Math.min(other.length(), o + 3));
            }
            queries.add(query);
        }
        return queries;
    }

    private static long[] treeSize(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return new long[] {files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum()};
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
