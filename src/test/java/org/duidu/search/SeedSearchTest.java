package org.duidu.search;

import org.duidu.model.Edition;
import org.duidu.model.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedSearchTest {
    private Searcher searcher;
    private final MemoryTree site = new MemoryTree();

    @BeforeAll
    void index(@TempDir Path temp) throws IOException {
        SearchIndexer.write(List.of(SeedFixture.publication()), temp.resolve("index"), site);
        searcher = Searcher.open(temp.resolve("index"));
    }

    /** Rows of dev.tsv: query, relevant paragraphs, other written forms. */
    static Stream<Arguments> devQueries() throws IOException {
        try (var in = SeedSearchTest.class.getResourceAsStream("/search/dev.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t"))
                    .map(cells -> Arguments.of(cells[0], cells[1], cells[2]))
                    .toList().stream();
        }
    }

    private List<String> ranked(String query) throws IOException {
        return searcher.search(SearchRequest.of(query)).hits().stream()
                .map(h -> "p" + h.paragraph() + "=" + h.score()).toList();
    }

    @ParameterizedTest
    @MethodSource("devQueries")
    void everyDevQueryRanksAListedParagraphFirstInEveryWrittenForm(String query, String paragraphs, String others)
            throws IOException {
        List<String> relevant = Arrays.asList(paragraphs.split(","));
        List<String> forms = new ArrayList<>(List.of(query));
        forms.addAll(Arrays.asList(others.split("\\|")));
        List<String> expected = ranked(query);
        assertThat(expected).isNotEmpty();
        assertThat(expected.get(0).split("=")[0]).isIn(relevant);
        for (String form : forms) {
            assertThat(ranked(form)).as(form).isEqualTo(expected);
        }
    }

    @Test
    void businessEnvironmentFindsTheAnswerAboutItWithMarkedSnippet() throws IOException {
        SearchResults results = searcher.search(SearchRequest.of("营商环境"));
        SearchHit first = results.hits().get(0);
        assertThat(first.paragraph()).isIn(14, 9);
        assertThat(first.role()).isEqualTo(Role.ANSWER);
        assertThat(first.url()).isEqualTo("zh-Hans/" + SeedFixture.SLUG + ".html#p" + first.paragraph());
        assertThat(first.snippet()).contains("<mark>营商环境</mark>");
        assertThat(results.total()).isEqualTo(2); // p9 and p14 are the only lines with 營商環境
        assertThat(searcher.search(SearchRequest.of("營商環境")).hits()).isEqualTo(results.hits());
    }

    @Test
    void anAnswerRanksAboveTheQuestionThatRepeatsItsWords() throws IOException {
        // 二十大報告 occurs in question p18 and answer p12
        List<SearchHit> hits = searcher.search(SearchRequest.of("二十大報告")).hits();
        assertThat(hits).extracting(SearchHit::paragraph).containsExactly(12, 18);
    }

    @Test
    void filtersRestrictByRoleSectionAndInterview() throws IOException {
        assertThat(searcher.search(SearchRequest.of("二十大報告").withRole(Role.QUESTION)).hits())
                .extracting(SearchHit::paragraph).containsExactly(18);
        assertThat(searcher.search(SearchRequest.of("二十大").withSection(4)).hits())
                .extracting(SearchHit::section).containsOnly(4).isNotEmpty();
        assertThat(searcher.search(SearchRequest.of("二十大").withInterview("another")).total()).isZero();
    }

    @Test
    void whenNoParagraphHasEveryWordAnyWordMatchesAndSaysSo() throws IOException {
        SearchResults results = searcher.search(SearchRequest.of("護林員 量子計算"));
        assertThat(results.anyWord()).isTrue();
        assertThat(results.hits()).extracting(SearchHit::paragraph).containsExactly(22);
        assertThat(searcher.search(SearchRequest.of("護林員 政治生態")).anyWord()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"营商 AND 环境", "\"营商", "环境)", "(", "*", "?", "营商~2", "title:营商", "[营商 TO 环境]",
            "\\", "/营商/", "+营商 -环境", "!", "^", "{", "&&", "||", " ", ""})
    void luceneQuerySyntaxIsNeverAnError(String query) throws IOException {
        assertThat(searcher.search(SearchRequest.of(query)).total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void snippetsAreInTheRequestedEditionAndEndOnPunctuation() throws IOException {
        SearchHit hit = searcher.search(SearchRequest.of("护林员").in(Edition.HANT)).hits().get(0);
        assertThat(hit.url()).startsWith("zh-Hant/");
        assertThat(hit.snippet()).contains("<mark>護林員</mark>");
        String plain = hit.snippet().replace("<mark>", "").replace("</mark>", "").replace("…", "");
        assertThat(plain.length()).isBetween(40, 110);
        assertThat("。！？；，、：\"”").contains(plain.substring(plain.length() - 1));
    }

    @Test
    void garbledTextIsNotIndexed() throws IOException {
        assertThat(searcher.search(SearchRequest.of("筷犖椋")).total()).isZero();
        assertThat(searcher.search(SearchRequest.of("善打勝仗")).total()).isEqualTo(1);
    }

    @Test
    void staticIndexIsAHandfulOfScripts() {
        assertThat(site.files.keySet()).allMatch(p -> p.startsWith("search/") && p.endsWith(".js"));
        assertThat(site.files).containsKeys("search/index.js", "search/fold.js", "search/terms-0.js");
        // the seed's 23 paragraphs, 8 to a text file, in each edition
        assertThat(site.files.keySet()).filteredOn(p -> p.matches("search/text-zh-Han[st]-\\d+-\\d\\.js")).hasSize(6);
        assertThat(site.files.size()).isLessThan(12);
        assertThat(site.text("search/index.js")).startsWith("duiduSearchReceive(\"index\",{");
    }
}
