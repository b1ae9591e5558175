package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.diag.DuiduException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a site directory holding only the real seed builds into a complete reading site. */
class SiteBuildTest {
    private static final String SLUG = "000_8e6aaae491def166";
    private static final Pattern PINYIN = Pattern.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]");

    @TempDir
    static Path work;
    private static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path site = SiteFixture.seedOnly(work.resolve("site"));
        result = SiteBuilder.build(ConfigLoader.load(site, work.resolve("out")));
    }

    private static Document page(String path) throws Exception {
        Path file = result.siteDir().resolve(path);
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "");
    }

    @Test
    void everyPageTypeIsWritten() {
        for (String path : List.of("index.html", "404.html", "robots.txt", "sitemap.xml", "favicon.svg",
                "zh-Hans/index.html", "zh-Hant/index.html", "zh-Hans/" + SLUG + ".html", "zh-Hant/" + SLUG + ".html",
                "zh-Hans/parallel/" + SLUG + ".html", "zh-Hant/parallel/" + SLUG + ".html", "zh-Hans/search.html",
                "zh-Hant/search.html", "source/" + SLUG + ".html", "zh-Hans/atom.xml", "zh-Hant/atom.xml")) {
            assertThat(result.siteDir().resolve(path)).as(path).isRegularFile();
        }
    }

    @Test
    void readingPagesHaveSectionAndParagraphIdsAndTheirLanguage() throws Exception {
        for (String lang : List.of("zh-Hans", "zh-Hant")) {
            Document doc = page(lang + "/" + SLUG + ".html");
            assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(lang);
            assertThat(doc.select("section.qa").eachAttr("id")).containsExactly("q1", "q2", "q3", "q4");
            List<String> ids = doc.select("p.para").eachAttr("id");
            assertThat(ids).hasSize(23);
            for (int i = 0; i < 23; i++) {
                assertThat(ids.get(i)).isEqualTo("p" + (i + 1));
            }
            assertThat(doc.select("section#q3 p.point")).hasSize(5);
            assertThat(doc.select("p.point")).hasSize(12);
        }
    }

    @Test
    void noPinyinAnnotationIsLeftInAnyOutput() throws Exception {
        int checked = 0;
        Path root = result.siteDir().toRealPath(); // OUT/site is a link into the published generation
        try (var files = Files.walk(root)) {
            // every content output: pages, feeds, sitemap and the search page's data (not the theme's code in assets/,
            // nor the dictionary in gloss/, whose English has "(slang)", "(literary)")
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(html|xml|js|txt)$"))
                    .filter(p -> !root.relativize(p).startsWith("assets") && !root.relativize(p).startsWith("gloss")).toList()) {
                String text = Files.readString(f);
                assertThat(PINYIN.matcher(text).find()).as("%s", f).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(15);
        // the search index stores paragraph text too
        try (org.duidu.search.Searcher searcher = org.duidu.search.Searcher.open(result.indexDir())) {
            var hits = searcher.search(org.duidu.search.SearchRequest.of("经济").withLimit(50));
            assertThat(hits.hits()).isNotEmpty().allSatisfy(h -> assertThat(PINYIN.matcher(h.snippet()).find()).isFalse());
        }
    }

    @Test
    void editionSwitchLinksToTheSamePageInTheOtherEdition() throws Exception {
        Element toHant = page("zh-Hans/" + SLUG + ".html").selectFirst("a.edition-switch");
        assertThat(toHant.attr("href")).isEqualTo("../zh-Hant/" + SLUG + ".html");
        assertThat(toHant.attr("hreflang")).isEqualTo("zh-Hant");
        Element toHans = page("zh-Hant/" + SLUG + ".html").selectFirst("a.edition-switch");
        assertThat(toHans.attr("href")).isEqualTo("../zh-Hans/" + SLUG + ".html");
        // the anchor is kept: the target page has the same paragraph ids
        assertThat(page("zh-Hans/" + SLUG + ".html").select("#p19")).hasSize(1);
    }

    @Test
    void theGarbledSpanIsMarkedWithAVisibleNote() throws Exception {
        Document doc = page("zh-Hant/" + SLUG + ".html");
        Element garbled = doc.selectFirst("#p19 .garbled");
        assertThat(garbled).isNotNull();
        assertThat(garbled.text()).isEqualTo("?shù)母刹筷犖椋恢艽蛴舱?");
        assertThat(doc.selectFirst("#p19 .garbled-note").text()).contains("亂碼");
        assertThat(doc.select(".garbled")).hasSize(1);
    }

    @Test
    void theEditionsAreConvertedNotCopied() throws Exception {
        String hans = page("zh-Hans/" + SLUG + ".html").selectFirst("#p1").text();
        String hant = page("zh-Hant/" + SLUG + ".html").selectFirst("#p1").text();
        assertThat(hans).startsWith("省委十三届四次全会和省委经济工作会议胜利闭幕后");
        // pseudo-Traditional 閉幕后 / 采訪 of the source are repaired in zh-Hant
        assertThat(hant).startsWith("省委十三屆四次全會和省委經濟工作會議勝利閉幕後").contains("採訪了副省長");
    }

    @Test
    void theBuiltIndexAnswersInEitherScript() throws Exception {
        try (org.duidu.search.Searcher searcher = org.duidu.search.Searcher.open(result.indexDir())) {
            var hans = searcher.search(org.duidu.search.SearchRequest.of("营商环境"));
            var hant = searcher.search(org.duidu.search.SearchRequest.of("營商環境"));
            assertThat(hans.hits()).isNotEmpty();
            assertThat(hans.hits().get(0).paragraph()).isIn(14, 9);
            assertThat(hans.hits().get(0).url()).isEqualTo("zh-Hans/" + SLUG + ".html#p" + hans.hits().get(0).paragraph());
            assertThat(hant.hits()).isEqualTo(hans.hits());
        }
        // the static index for the search page is part of the site
        try (var files = Files.list(result.siteDir().resolve("search"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".js"));
        }
    }

    @Test
    void theLandingPageLinksBothEditions() throws Exception {
        Document doc = page("index.html");
        assertThat(doc.select("a.edition-link").eachAttr("href")).containsExactly("zh-Hans/index.html", "zh-Hant/index.html");
        assertThat(page("zh-Hant/index.html").select("a.story-title").attr("href")).isEqualTo("../zh-Hant/" + SLUG + ".html");
    }

    @Test
    void theSummaryReportsTheSeed() {
        assertThat(result.seeds()).singleElement().isEqualTo(new SeedSummary("seeds/" + SLUG + ".txt", "UTF-8", "traditional", 4, 23));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("garbled-text"));
    }

    @Test
    void aBadSeedStopsTheBuildAndLeavesThePreviousOutputUntouched(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        Path out = dir.resolve("out");
        SiteBuilder.build(ConfigLoader.load(site, out));
        Path page = out.resolve("site/zh-Hans/" + SLUG + ".html");
        String before = Files.readString(page);
        SiteFixture.site(site, Map.of("seeds/zz_broken.txt", "只有一段文字，沒有任何標記的發言。\n第二行也沒有。\n"));
        assertThatThrownBy(() -> SiteBuilder.build(ConfigLoader.load(site, out)))
                .isInstanceOf(DuiduException.class)
                .satisfies(e -> assertThat(((DuiduException) e).diagnostics()).extracting(d -> d.format())
                        .anyMatch(s -> s.startsWith("seeds/zz_broken.txt:1:1: error: no-turns: ")));
        assertThat(Files.readString(page)).isEqualTo(before);
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("site", "index", "current", ".generations", ".duidu-output");
        }
        try (var generations = Files.list(out.resolve(".generations"))) {
            assertThat(generations).singleElement().isEqualTo(out.resolve("current").toRealPath());
        }
    }
}
