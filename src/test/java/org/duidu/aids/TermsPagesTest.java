package org.duidu.aids;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.duidu.SeedFixture;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.site.BuildResult;
import org.duidu.site.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terms pages of a built site of two interviews (the seed, and the seed again under another name). */
class TermsPagesTest {
    private static final String A = "000_8e6aaae491def166";
    private static final String B = "001_copy";
    @TempDir
    static Path work;
    private static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path site = SiteFixture.seedOnly(work.resolve("site"));
        Files.copy(SeedFixture.seed(), site.resolve("seeds/" + B + ".txt"));
        // a glossary written by hand: a word of the seed, a Taiwan form CC-CEDICT writes otherwise (軟件), a word it lacks
        SiteFixture.site(site, Map.of("seeds/" + B + ".yaml", "title: 第二篇\n",
                "glossary.yaml", "- {zh-hans: 经济, zh-hant: 經濟}\n- {zh-hans: 软件, zh-hant: 軟體}\n- {zh-hans: 示范区, zh-hant: 示範區}\n"));
        result = SiteBuilder.build(ConfigLoader.load(site, work.resolve("out")));
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(result.siteDir().resolve(path), StandardCharsets.UTF_8), "");
    }

    @Test
    void theInterviewsTermsPageListsEveryQuotedPhraseOfTheSeed() throws Exception {
        Document doc = page("zh-Hans/terms/" + A + ".html");
        List<String> quoted = doc.select("#by-first .terms-first a").eachText();
        assertThat(quoted).containsAll(TermFinderSeedTest.QUOTED).containsAll(TermFinderSeedTest.NUMBERED).doesNotContain("六大主导");
        // in order of first appearance: the quoted phrases keep the seed's order among the other terms
        assertThat(quoted.stream().filter(TermFinderSeedTest.QUOTED::contains).toList()).isEqualTo(TermFinderSeedTest.QUOTED);
    }

    @Test
    void theGlossaryIsOnTheTermsPageWithBothWrittenForms() throws Exception {
        // this edition's form first, the other's beside it, the reading and CC-CEDICT's English (none for 示范区)
        assertThat(glossaryRows(page("zh-Hant/terms.html"))).containsExactly(
                List.of("經濟", "经济", "jīng jì", "economy; economic"),
                List.of("軟體", "软件", "ruǎn jiàn", "(computer) software"),
                List.of("示範區", "示范区", "shì fàn qū", ""));
        Document hans = page("zh-Hans/terms.html");
        assertThat(glossaryRows(hans)).containsExactly(
                List.of("经济", "經濟", "jīng jì", "economy; economic"),
                List.of("软件", "軟體", "ruǎn jiàn", "(computer) software"),
                List.of("示范区", "示範區", "shì fàn qū", ""));
        assertThat(hans.select("#glossary th").eachText()).containsExactly("简体", "繁体", "读音", "英文释义（CC-CEDICT）");
        assertThat(hans.select("#glossary tbody tr").first().select("td").eachAttr("lang")).containsExactly("zh-Hant", "zh-Latn-pinyin", "en");
    }

    private static List<List<String>> glossaryRows(Document doc) {
        // every cell, the empty ones too (eachText skips them)
        return doc.select("#glossary tbody tr").stream().map(r -> r.select("td").stream().map(Element::text).toList()).toList();
    }

    @Test
    void everyOccurrenceIsAKeywordInContextLineLinkingToItsParagraph() throws Exception {
        Document doc = page("zh-Hans/terms/" + A + ".html");
        Element term = doc.select("#by-frequency .term").stream()
                .filter(t -> t.select(".term-text").text().equals("“两个确立”")).findFirst().orElseThrow();
        assertThat(term.select(".term-count").text()).isEqualTo("2 次");
        assertThat(term.select(".kwic a").eachAttr("href")).containsExactly("../../zh-Hans/" + A + ".html#p4", "../../zh-Hans/" + A + ".html#p4");
        assertThat(term.select(".kwic mark").eachText()).containsExactly("两个确立", "两个确立");
        assertThat(term.select(".kwic a").first().text()).contains("深刻认识到“两个确立”是党在新时代");
        assertThat(term.select("a.search-term").attr("href")).isEqualTo("../../zh-Hans/search.html?q=%E4%B8%A4%E4%B8%AA%E7%A1%AE%E7%AB%8B");
        // the Traditional page shows the term in its own script, with the Simplified form beside it
        Document hant = page("zh-Hant/terms/" + A + ".html");
        Element t = hant.select("#by-frequency .term").stream()
                .filter(e -> e.select(".term-text").text().equals("“兩個確立”")).findFirst().orElseThrow();
        assertThat(t.select(".term-other").text()).isEqualTo("两个确立");
        assertThat(t.select(".term-other").attr("lang")).isEqualTo("zh-Hans");
    }

    @Test
    void theFrequencyOrderPutsTheMostFrequentFirst() throws Exception {
        List<String> counts = page("zh-Hans/terms/" + A + ".html").select("#by-frequency .term .term-count").eachText();
        List<Integer> numbers = counts.stream().map(c -> Integer.parseInt(c.replace(" 次", ""))).toList();
        assertThat(numbers).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(numbers.get(0)).isGreaterThan(2);
    }

    @Test
    void theSiteWideIndexSumsTheInterviewsAndLinksToEach() throws Exception {
        Document doc = page("zh-Hans/terms.html");
        assertThat(doc.text()).doesNotContain("词语表尚未编成");
        Element row = doc.select("table.terms tbody tr").stream()
                .filter(r -> r.select("td").first().text().equals("两个确立")).findFirst().orElseThrow();
        assertThat(row.select("td.count").text()).isEqualTo("4");
        assertThat(row.select("td").get(1).text()).isEqualTo("兩個確立");
        assertThat(row.select("td").get(3).select("a").eachAttr("href"))
                .contains("../zh-Hans/terms/" + A + ".html#t2", "../zh-Hans/terms/" + B + ".html#t2");
        // the reading page links its terms page
        assertThat(page("zh-Hans/" + A + ".html").select("a.view-link").eachAttr("href")).contains("../zh-Hans/terms/" + A + ".html");
    }
}
