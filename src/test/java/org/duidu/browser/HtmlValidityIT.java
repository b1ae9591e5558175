package org.duidu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.validation.SimpleDocumentValidator;
import org.duidu.SeedFixture;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process: zero errors on every
 * generated page, for the reference site as it is and for the same site with a base URL (which adds
 * canonical links, absolute alternates and Open Graph URLs). The stylesheet goes through its CSS
 * checker; the feeds and the sitemap must be well-formed XML with the alternates they promise.
 */
class HtmlValidityIT {
    private static SimpleDocumentValidator validator;
    private static final Collector errors = new Collector();
    @TempDir
    static Path work;
    private static Path withBase;

    @BeforeAll
    static void setUp() throws Exception {
        BuiltSite.quietLogging();
        validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        Path site = work.resolve("site");
        for (String dir : List.of("seeds", "templates", "site-assets", "pages")) {
            copyTree(SeedFixture.siteDir().resolve(dir), site.resolve(dir));
        }
        SiteFixture.site(site, Map.of("duidu.yaml", "baseUrl: https://duidu.example/reader\n"));
        withBase = SiteBuilder.build(ConfigLoader.load(site, work.resolve("out"))).siteDir();
    }

    @Test
    void everyPageOfTheReferenceSiteIsValidHtml() throws Exception {
        BuiltSite site = BuiltSite.get();
        List<String> pages = site.htmlPages();
        assertThat(pages).contains("index.html", "404.html", "zh-Hans/about.html", "zh-Hant/terms.html",
                "zh-Hant/parallel/" + BuiltSite.SLUG + ".html", "source/" + BuiltSite.SLUG + ".html");
        assertThat(errorsIn(site.dir(), pages)).isEmpty();
    }

    @Test
    void everyListPageOfTheTestArchiveIsValidHtml() throws Exception {
        BuiltSite archive = BuiltSite.archive();
        // every home page, taxonomy index and term page of both editions, and a few reading pages (with related interviews)
        List<String> pages = archive.htmlPages().stream().filter(p -> p.matches("zh-Han[st]/(index|search|page/\\d+|(people|sources|years|tags)/.*|a0[1-4])\\.html"))
                .toList();
        assertThat(pages).contains("zh-Hans/page/2.html", "zh-Hant/people/index.html", "zh-Hans/years/index.html", "zh-Hant/tags/index.html",
                "zh-Hans/sources/index.html", "zh-Hans/a01.html", "zh-Hant/search.html");
        assertThat(pages.size()).isGreaterThan(100);
        assertThat(errorsIn(archive.dir(), pages)).isEmpty();
    }

    /**
     * The search page as the reader sees it once search.js has written filters with counts, sort links and
     * grouped results (chosen filters among them), both editions: Chromium's document, serialized, checked by Nu.
     */
    @Test
    void theSearchPageWithFiltersAndResultsIsValidHtml(@TempDir Path dir) throws Exception {
        BuiltSite archive = BuiltSite.archive();
        List<String> pages = List.of(
                "zh-Hans/search.html?q=" + enc("我们") + "&year=2022&sort=date",
                "zh-Hans/search.html?q=" + enc("我们") + "&person=" + enc("黄海") + "&tag=" + enc("经济"),
                "zh-Hant/search.html?q=" + enc("我們") + "&year=2022&sort=date",
                "zh-Hant/search.html?q=" + enc("我們") + "&person=" + enc("黃海") + "&tag=" + enc("經濟") + "&role=answer");
        List<String> files = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            for (int i = 0; i < pages.size(); i++) {
                browser.driver().get(archive.url(pages.get(i)));
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30)).until(d -> "done".equals(
                        browser.js("return document.getElementById('search-results').getAttribute('data-state')")));
                String html = (String) browser.js("return document.documentElement.outerHTML");
                assertThat(html).as(pages.get(i)).contains("class=\"search-facet\"", "aria-current=\"true\"", "class=\"search-hits\"");
                // the page's own directory, so that Nu resolves nothing differently; the name keeps the query apart
                Path file = dir.resolve(pages.get(i).substring(0, 7) + "/search-" + i + ".html");
                Files.createDirectories(file.getParent());
                Files.writeString(file, "<!DOCTYPE html>\n" + html);
                files.add(dir.relativize(file).toString());
            }
        }
        assertThat(errorsIn(dir, files)).isEmpty();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theCheckerItselfReportsErrors(@TempDir Path dir) throws Exception {
        // the harness must be able to fail: a page with a misplaced element, a bad attribute and no title
        Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"></head>"
                + "<body><p id=\"a b\">段<li>項</li></p></body></html>");
        assertThat(errorsIn(dir, List.of("bad.html"))).hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(m -> m.contains("title")).anyMatch(m -> m.contains("li"));
    }

    @Test
    void everyPageIsValidWithABaseUrlToo() throws Exception {
        List<String> pages = BuiltSite.get().htmlPages();
        String reading = Files.readString(withBase.resolve("zh-Hant/" + BuiltSite.SLUG + ".html"));
        assertThat(reading).contains("<link rel=\"canonical\" href=\"https://duidu.example/reader/zh-Hant/" + BuiltSite.SLUG + ".html\">")
                .contains("<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://duidu.example/reader/zh-Hans/" + BuiltSite.SLUG + ".html\">")
                .contains("<link rel=\"alternate\" hreflang=\"zh-Hant\" href=\"https://duidu.example/reader/zh-Hant/" + BuiltSite.SLUG + ".html\">")
                .contains("<meta property=\"og:url\" content=\"https://duidu.example/reader/zh-Hant/" + BuiltSite.SLUG + ".html\">");
        assertThat(errorsIn(withBase, pages)).isEmpty();
    }

    @Test
    void pagesWithEditorialNotesPeopleAndAMonthDateAreValid() throws Exception {
        // issue 9: numbered erratum marks and the list of corrections, a byline from people:, a month date
        Path site = work.resolve("notes");
        for (String dir : List.of("templates", "site-assets")) {
            copyTree(SeedFixture.siteDir().resolve(dir), site.resolve(dir));
        }
        SiteFixture.site(site, Map.of("seeds/zhou.md", "---\ntitle: 周文谈新作\ndate: 2024-06\n"
                + "people: [{name: 周文, role: interviewee, titles: [作家]}]\n"
                + "errata: [{find: 长蓬, replace: 长篇, note: 原稿笔误}, {find: 明天, replace: 明年}]\n---\n"
                + "问：您最近在写什么？\n\n答：一部长蓬小说，明天出版。\n\n问：还有吗？\n\n答：还有一部长蓬。\n"));
        Path out = SiteBuilder.build(ConfigLoader.load(site, work.resolve("notes-out"))).siteDir();
        List<String> pages = List.of("zh-Hans/zhou.html", "zh-Hant/zhou.html", "source/zhou.html", "zh-Hans/index.html",
                "zh-Hant/parallel/zhou.html");
        assertThat(Files.readString(out.resolve("zh-Hans/zhou.html"))).contains("id=\"erratum-3\"", "2024年6月", "周文");
        assertThat(errorsIn(out, pages)).isEmpty();
    }

    @Test
    void theStylesheetIsValidCss() throws Exception {
        Path css;
        try (var files = Files.list(BuiltSite.get().dir().resolve("assets"))) {
            css = files.filter(p -> p.toString().endsWith(".css")).findFirst().orElseThrow();
        }
        errors.clear();
        validator.checkCssFile(css.toFile(), true);
        assertThat(errors.messages).isEmpty();
    }

    @Test
    void theSitemapListsEveryEditionPageWithItsAlternates() throws Exception {
        Document sitemap = xml(withBase.resolve("sitemap.xml"));
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        String base = "https://duidu.example/reader/";
        // landing, source view, and per edition: home, terms, about, reading, parallel, the interview's terms, the four
        // taxonomy indexes and the one term the seed has (its interviewee, 陈绿平; no source, date or tags)
        assertThat(urls).hasSize(2 + 2 * 11).contains(base + "index.html", base + "zh-Hant/" + BuiltSite.SLUG + ".html",
                base + "zh-Hans/parallel/" + BuiltSite.SLUG + ".html", base + "source/" + BuiltSite.SLUG + ".html",
                base + "zh-Hant/terms/" + BuiltSite.SLUG + ".html", base + "zh-Hant/people/index.html", base + "zh-Hans/years/index.html",
                base + "zh-Hant/people/" + java.net.URLEncoder.encode("陈绿平", java.nio.charset.StandardCharsets.UTF_8) + ".html");
        NodeList links = sitemap.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        assertThat(links.getLength()).isEqualTo(2 * 2 * 11);
        for (String lang : List.of("zh-Hans", "zh-Hant")) {
            Document feed = xml(withBase.resolve(lang + "/atom.xml"));
            assertThat(feed.getDocumentElement().getAttribute("xml:lang")).isEqualTo(lang);
            assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
        }
        assertThat(Files.readString(withBase.resolve("robots.txt"))).contains("Sitemap: " + base + "sitemap.xml");
    }

    private static List<String> errorsIn(Path root, List<String> pages) throws IOException, org.xml.sax.SAXException {
        List<String> all = new ArrayList<>();
        for (String page : pages) {
            errors.clear();
            try (InputStream in = Files.newInputStream(root.resolve(page))) {
                InputSource source = new InputSource(in);
                source.setSystemId(root.resolve(page).toUri().toString());
                source.setEncoding("UTF-8");
                validator.checkHtmlInputSource(source);
            }
            errors.messages.forEach(m -> all.add(page + ": " + m));
        }
        return all;
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    /** Errors and fatal errors, with line and column; warnings (info) are not failures. */
    private static final class Collector implements ErrorHandler {
        private final List<String> messages = new ArrayList<>();

        void clear() {
            messages.clear();
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
