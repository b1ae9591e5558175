package org.duidu.render;

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

/**
 * The rendered pages, read with jsoup: a site of two interviews (the real seed, and the same text
 * under another name with a sidecar giving date and source) and an about page with hostile Markdown.
 */
class RenderedSiteTest {
    private static final String A = "000_8e6aaae491def166";
    private static final String B = "001_dated";
    @TempDir
    static Path work;
    private static BuildResult result;
    private static List<String> seedLines;

    @BeforeAll
    static void build() throws Exception {
        Path site = SiteFixture.seedOnly(work.resolve("site"));
        seedLines = Files.readAllLines(SeedFixture.seed(), StandardCharsets.UTF_8);
        Files.copy(SeedFixture.seed(), site.resolve("seeds/" + B + ".txt"));
        SiteFixture.site(site, Map.of(
                "seeds/" + B + ".yaml", "title: 第二篇訪談\ndate: 2023-01-16\nsource: 《共產黨員》\nsourceUrl: https://example.org/article/1\n",
                "pages/about.md", "# 关于本站\n\n<script>alert('x')</script>\n\n正文<b onclick=\"x()\">粗</b>。\n"));
        result = SiteBuilder.build(ConfigLoader.load(site, work.resolve("out")));
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(result.siteDir().resolve(path), StandardCharsets.UTF_8), "");
    }

    @Test
    void theReadingPageShowsDateAndSourceFromTheSidecar() throws Exception {
        Document doc = page("zh-Hans/" + B + ".html");
        assertThat(doc.select("h1").text()).isEqualTo("第二篇访谈");
        assertThat(doc.select(".meta-date time").attr("datetime")).isEqualTo("2023-01-16");
        Element source = doc.selectFirst(".meta-source a");
        assertThat(source.text()).isEqualTo("《共产党员》");
        assertThat(source.attr("href")).isEqualTo("https://example.org/article/1");
        assertThat(doc.select(".person-name").text()).isEqualTo("陈绿平");
        // an interview without date or source says nothing about them
        assertThat(page("zh-Hans/" + A + ".html").select(".meta-date, .meta-source")).isEmpty();
    }

    @Test
    void previousAndNextLinkTheInterviewsInOrder() throws Exception {
        Document first = page("zh-Hant/" + A + ".html");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("../zh-Hant/" + B + ".html");
        Document second = page("zh-Hant/" + B + ".html");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("../zh-Hant/" + A + ".html");
        assertThat(second.select("a[rel=next]")).isEmpty();
    }

    @Test
    void theTableOfContentsListsEveryQuestion() throws Exception {
        Document doc = page("zh-Hans/" + A + ".html");
        assertThat(doc.select("nav.toc a").eachAttr("href")).containsExactly("#q1", "#q2", "#q3", "#q4");
        String question = doc.selectFirst("#q1 .question p.para").ownText();
        String entry = doc.selectFirst("nav.toc a").text();
        assertThat(entry).endsWith("…");
        assertThat(question).startsWith(entry.substring(0, entry.length() - 1));
    }

    @Test
    void questionsAnswersSpeakersAndPointsAreMarkedUp() throws Exception {
        Document doc = page("zh-Hant/" + A + ".html");
        long questions = seedLines.stream().filter(l -> l.startsWith("記者")).count();
        assertThat(doc.select("section.qa .question p.para")).hasSize((int) questions);
        assertThat(doc.select(".question .speaker").eachText()).containsOnly("記者");
        assertThat(doc.select(".answer .speaker").eachText()).containsOnly("陳綠平");
        // points are the paragraphs the source numbers (一是, 二是, …)
        assertThat(doc.select("#p4").hasClass("point")).isTrue();
        assertThat(doc.select("#p3").hasClass("point")).isFalse();
    }

    @Test
    void halfWidthPunctuationIsFullWidthInTheEditionsOnly() throws Exception {
        String line2 = seedLines.get(1);
        assertThat(line2).contains("部署,請問");
        assertThat(page("zh-Hant/" + A + ".html").selectFirst("#p2").text()).contains("部署，請問").doesNotContain(",");
        assertThat(page("zh-Hans/" + A + ".html").selectFirst("#p2").text()).contains("部署，请问").endsWith("部署？¶");
        assertThat(page("source/" + A + ".html").selectFirst("#p2").text()).contains("部署,請問");
    }

    @Test
    void everyParagraphCarriesItsPermalinkAndCitation() throws Exception {
        Document doc = page("zh-Hant/" + A + ".html");
        long section = seedLines.subList(0, 19).stream().filter(l -> l.startsWith("記者")).count();
        Element p19 = doc.selectFirst("#p19");
        assertThat(p19.attr("data-cite")).isEqualTo("問 " + section + "，第 19 段");
        assertThat(p19.select("a.anchor").attr("href")).isEqualTo("#p19");
        assertThat(doc.select("p.para")).allSatisfy(p -> assertThat(p.select("> a.anchor").attr("href")).isEqualTo("#" + p.id()));
        assertThat(doc.selectFirst("#p1").attr("data-cite")).isEqualTo("第 1 段");
    }

    @Test
    void theGarbledSpanIsMarkedAsNotChinese() throws Exception {
        for (String path : List.of("zh-Hans/" + A + ".html", "zh-Hant/parallel/" + A + ".html", "source/" + A + ".html")) {
            Element garbled = page(path).selectFirst("#p19 .garbled");
            assertThat(garbled.attr("lang")).as(path).isEqualTo("und");
            assertThat(garbled.nextElementSibling().hasClass("garbled-note")).isTrue();
            // the note is written in the page's script, whichever column of the parallel view it sits in
            assertThat(garbled.nextElementSibling().attr("lang")).as(path).isEqualTo(page(path).selectFirst("html").attr("lang"));
        }
    }

    @Test
    void theParallelViewPairsEveryParagraphAndMarksDifferences() throws Exception {
        Document doc = page("zh-Hans/parallel/" + A + ".html");
        assertThat(doc.select("div.pair")).hasSize(seedLines.size());
        Element p2 = doc.selectFirst("#p2");
        assertThat(p2.select("> p").eachAttr("lang")).containsExactly("zh-Hant", "zh-Hans");
        // 對 / 对 differ and are marked on both sides; 省委全會 / 省委全会: 會 and 会
        assertThat(String.join("", p2.select("p[lang=zh-Hant] mark.diff").eachText())).contains("對", "會").doesNotContain("省委");
        assertThat(String.join("", p2.select("p[lang=zh-Hans] mark.diff").eachText())).contains("对", "会").doesNotContain("省委");
        assertThat(doc.select("h2.parallel-section").eachAttr("id")).containsExactly("q1", "q2", "q3", "q4");
    }

    @Test
    void theAboutPageEscapesRawHtmlAndIsLinkedFromEveryEditionPage() throws Exception {
        Document about = page("zh-Hant/about.html");
        assertThat(about.select("h1").text()).isEqualTo("關於本站");
        assertThat(about.select("main script, main b, [onclick]")).isEmpty();
        assertThat(about.select("main").text()).contains("<script>alert('x')</script>");
        assertThat(page("zh-Hans/" + A + ".html").select("footer a[href='../zh-Hans/about.html']").text()).isEqualTo("关于本站");
        assertThat(page("zh-Hans/terms.html").select("h1").text()).isEqualTo("词语");
    }

    @Test
    void noPageHasInlineScriptStyleOrHandlersOrLoadsAnythingFromElsewhere() throws Exception {
        Path root = result.siteDir().toRealPath(); // OUT/site is a link into the published generation
        try (var files = Files.walk(root)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(pages).hasSizeGreaterThan(5);
            for (Path f : pages) {
                Document doc = Jsoup.parse(Files.readString(f), "");
                String name = root.relativize(f).toString();
                assertThat(doc.select("script")).as(name).allSatisfy(s -> {
                    // the theme's scripts, fingerprinted; the reading aids' names the folder of the site's dictionary,
                    // itself named by its content's hash (gloss/HASH/)
                    assertThat(s.attr("src")).matches("(\\.\\./|/)*assets/[a-z]+\\.[0-9a-f]{8}\\.js");
                    if (s.hasAttr("data-gloss")) {
                        assertThat(s.attr("data-gloss")).matches("(\\.\\./)*gloss/[0-9a-f]{8}/");
                    }
                    assertThat(s.data()).isBlank();
                });
                assertThat(doc.select("style, [style]")).as(name).isEmpty();
                assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().startsWith("on")).toList()).as(name).isEmpty();
                assertThat(doc.select("link[href], img[src], script[src], iframe, object, embed").stream()
                        .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).filter(u -> u.matches("(?i)^(https?:)?//.*")).toList())
                        .as(name).isEmpty();
                assertThat(doc.select("link[rel=stylesheet]").attr("href")).as(name).matches("(\\.\\./|/)*assets/duidu\\.[0-9a-f]{8}\\.css");
            }
        }
    }

    @Test
    void headsCarryLanguageAlternatesAndOpenGraph() throws Exception {
        Document doc = page("zh-Hant/" + A + ".html");
        // without baseUrl no hreflang alternates (only absolute ones count for search engines; see HtmlValidityIT for them)
        assertThat(doc.select("link[rel=alternate][hreflang]")).isEmpty();
        assertThat(doc.select("a.edition-switch[hreflang=zh-Hans]").attr("href")).isEqualTo("../zh-Hans/" + A + ".html");
        assertThat(doc.select("meta[property=og:locale]").attr("content")).isEqualTo("zh_TW");
        assertThat(doc.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(doc.select("meta[property=og:title]").attr("content")).startsWith(doc.select("h1").text());
        assertThat(doc.select("meta[name=description]").attr("content")).startsWith("省委十三屆四次全會");
        assertThat(doc.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("../zh-Hant/atom.xml");
        Document landing = page("index.html");
        assertThat(landing.select("link[rel=alternate][hreflang]")).isEmpty();
        // the 404 page is served at any depth: its links start at the root
        assertThat(page("404.html").select("link[rel=stylesheet]").attr("href")).startsWith("/assets/");
    }
}
