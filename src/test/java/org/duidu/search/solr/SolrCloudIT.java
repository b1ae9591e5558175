package org.duidu.search.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duidu.cli.Main;
import org.duidu.config.ConfigLoader;
import org.duidu.config.SiteConfig;
import org.duidu.diag.Diagnostics;
import org.duidu.site.SiteBuilder;
import org.duidu.model.Publication;
import org.duidu.search.SearchRequest;
import org.duidu.search.SearchResults;
import org.duidu.search.Searcher;
import org.duidu.search.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 13 on a real SolrCloud: 2 nodes (MiniSolrCloudCluster, embedded ZooKeeper, loopback), each
 * collection 2 shards × 2 replicas from the repository's configset. {@code duidu search --solr}
 * answers every dev query exactly as {@code duidu search} over the local index (same paragraphs in
 * the same order, scores within 1e-4), on the seed and on 200 generated interviews; a re-push of an
 * edited seed replaces its text; with a node stopped the replicas still answer. The nodes load our
 * analysis and similarity from {@code target/duidu-solr.jar} alone (built by {@code package}, before
 * failsafe runs), as a Solr install does from its {@code lib/}.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path temp;
    private LocalSolrCloud cloud;
    private List<String> urls;
    private List<Publication> corpus;

    @BeforeAll
    void startCluster() throws Exception {
        // the nodes load duidu from target/duidu-solr.jar, as a real install's lib/ would: the jar is complete
        cloud = LocalSolrCloud.start(temp.resolve("cluster"), "seed", 2, 2, "2g", true);
        urls = cloud.urls();
        log("cluster started");
        cloud.createCollection("corpus", 2, 2);
        log("second collection created");
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    @Order(1)
    void theSeedRanksAsTheLocalIndexDoes() throws Exception {
        Path out = temp.resolve("out");
        localIndexOf(Path.of("."), out);
        log("seed indexed locally");
        Cli push = cli("index", "--solr", String.join(",", urls), "--collection", "seed");
        log("seed pushed");
        assertThat(push.code).as(push.err).isZero();
        assertThat(push.out).contains("1 interview(s) pushed (23 paragraphs), 0 unchanged, 0 removed");
        for (String query : TestCorpus.devQueries()) {
            JsonNode local = json(cli("search", "--json", "--limit", "50", "--index", out.resolve("index").toString(), query));
            JsonNode solr = json(cli("search", "--json", "--limit", "50", "--solr", String.join(",", urls), "--collection", "seed", query));
            assertSame(query, local, solr);
        }
        Cli again = cli("index", "--solr", String.join(",", urls), "--collection", "seed");
        assertThat(again.out).as("nothing changed, nothing is sent").contains("0 interview(s) pushed (0 paragraphs), 1 unchanged, 0 removed");
    }

    @Test
    @Order(2)
    void twoHundredInterviewsRankAsTheLocalIndexDoes() throws Exception {
        log("corpus test starts");
        List<Publication> corpus = corpus();
        log("generated the corpus");
        Path index = temp.resolve("corpus-index");
        TestCorpus.localIndex(corpus, index);
        log("indexed the corpus locally");
        SolrTarget target = new SolrTarget(urls, "corpus");
        try (SolrPush push = SolrPush.open(target)) {
            SolrPush.Report report = push.push(corpus);
            assertThat(report.pushed()).hasSize(201);
            assertThat(report.paragraphs()).isEqualTo(201 * 23);
        }
        log("pushed the corpus");
        try (Searcher local = Searcher.open(index); SolrSearcher solr = SolrSearcher.open(target)) {
            List<String> queries = new ArrayList<>(TestCorpus.devQueries());
            queries.addAll(List.of("改革 创新", "干部 不存在的词", "沈抚 示范区 营商"));
            for (String query : queries) {
                SearchRequest request = SearchRequest.of(query).withLimit(query.length() == 2 ? 200 : 20);
                assertSame(query, tree(local.search(request)), tree(solr.search(request)));
            }
            SearchRequest filtered = SearchRequest.of("改革").withRole(org.duidu.model.Role.ANSWER).withSection(2).withLimit(100);
            assertSame("filters", tree(local.search(filtered)), tree(solr.search(filtered)));
            SearchRequest one = SearchRequest.of("干部").withInterview("gen_000007").in(org.duidu.model.Edition.HANT);
            assertThat(local.search(one).total()).as("gen_000007 has 干部").isPositive();
            assertSame("one interview, zh-Hant", tree(local.search(one)), tree(solr.search(one)));
        }
    }

    @Test
    @Order(3)
    void anEditedSeedRepushedReplacesItsText() throws Exception {
        Path site = temp.resolve("edited-site");
        Files.createDirectories(site.resolve("seeds"));
        for (String name : new String[] {"000_8e6aaae491def166.txt", "000_8e6aaae491def166.yaml"}) {
            Files.copy(Path.of("seeds", name), site.resolve("seeds").resolve(name));
        }
        Path seed = site.resolve("seeds/000_8e6aaae491def166.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        assertThat(text).containsOnlyOnce("駐外招商");
        Files.writeString(seed, text.replace("駐外招商", "量子糾纏實驗室"), StandardCharsets.UTF_8);
        String solr = String.join(",", urls);
        assertThat(json(cli("search", "--json", "--solr", solr, "--collection", "seed", "驻外招商")).get("total").asInt()).isPositive();

        Cli push = cli("index", "--site", site.toString(), "--solr", solr, "--collection", "seed");
        assertThat(push.code).as(push.err).isZero();
        assertThat(push.out).contains("1 interview(s) pushed (23 paragraphs), 0 unchanged, 0 removed");
        assertThat(json(cli("search", "--json", "--solr", solr, "--collection", "seed", "驻外招商")).get("total").asInt())
                .as("the old text is gone").isZero();
        JsonNode found = json(cli("search", "--json", "--solr", solr, "--collection", "seed", "量子纠缠实验室"));
        assertThat(found.get("total").asInt()).as("the new text is found").isPositive();
        assertThat(found.get("hits").get(0).get("snippet").asText()).contains("<mark>量子纠缠实验室</mark>");

        // and the statistics are those of a fresh index of the edited seed (deleted documents merged away)
        Path out = temp.resolve("edited-out");
        localIndexOf(site, out);
        for (String query : TestCorpus.devQueries()) {
            assertSame(query, json(cli("search", "--json", "--index", out.resolve("index").toString(), query)),
                    json(cli("search", "--json", "--solr", solr, "--collection", "seed", query)));
        }
    }

    @Test
    @Order(4)
    void withANodeStoppedTheReplicasAnswer() throws Exception {
        List<Publication> corpus = corpus();
        Path index = temp.resolve("corpus-index");
        cloud.stopNode(0);
        assertThat(cloud.urls()).hasSize(1);
        // the client still knows both URLs, as a user's --solr list would
        try (Searcher local = Searcher.open(index); SolrSearcher solr = SolrSearcher.open(new SolrTarget(urls, "corpus"))) {
            for (String query : TestCorpus.devQueries()) {
                SearchRequest request = SearchRequest.of(query);
                assertSame(query, tree(local.search(request)), tree(solr.search(request)));
            }
        }
        assertThat(corpus).hasSize(201);
    }

    /** The index {@code duidu build} writes into OUT/index (its search stage alone: the site pages are not needed). */
    private static void localIndexOf(Path site, Path out) throws IOException {
        SiteConfig config = ConfigLoader.load(site.toAbsolutePath(), out);
        TestCorpus.localIndex(SiteBuilder.prepare(config, new Diagnostics()).publications(), out.resolve("index"));
    }

    /** The seed and 200 generated interviews, in the site's order (by seed file). */
    private List<Publication> corpus() {
        if (corpus != null) {
            return corpus;
        }
        corpus = new ArrayList<>(TestCorpus.corpus(201, 13, TestCorpus.seedRuns()));
        return corpus;
    }

    private static void log(String what) {
        System.out.printf("SolrCloudIT %tT %s%n", System.currentTimeMillis(), what);
    }

    private static void assertSame(String query, JsonNode local, JsonNode solr) {
        assertThat(solr.get("total").asInt()).as(query + ": total").isEqualTo(local.get("total").asInt());
        assertThat(solr.get("mode").asText()).as(query + ": mode").isEqualTo(local.get("mode").asText());
        JsonNode a = local.get("hits");
        JsonNode b = solr.get("hits");
        assertThat(b.size()).as(query + ": hits").isEqualTo(a.size());
        for (int i = 0; i < a.size(); i++) {
            String where = query + ": hit " + (i + 1);
            assertThat(b.get(i).get("url").asText()).as(where).isEqualTo(a.get(i).get("url").asText());
            assertThat(b.get(i).get("score").asDouble()).as(where + " score").isCloseTo(a.get(i).get("score").asDouble(), within(1e-4));
            for (String field : new String[] {"interview", "title", "section", "paragraph", "role", "speaker", "snippet"}) {
                assertThat(b.get(i).get(field)).as(where + " " + field).isEqualTo(a.get(i).get(field));
            }
        }
    }

    private static JsonNode tree(SearchResults results) throws IOException {
        return JSON.readTree(results.toJson());
    }

    private static JsonNode json(Cli cli) throws IOException {
        assertThat(cli.code).as(cli.err).isZero();
        return JSON.readTree(cli.out);
    }

    private record Cli(int code, String out, String err) {
    }

    private static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

}
