package org.duidu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core in real Chromium: zero violations (WCAG 2.2 A/AA and best practices) on every page type,
 * both editions, light and dark colour schemes, on a phone-sized and a desktop viewport.
 */
class AccessibilityIT {
    private static final String SLUG = BuiltSite.SLUG;
    private static Browser browser;
    private static BuiltSite site;

    @BeforeAll
    static void start() {
        site = BuiltSite.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static List<Arguments> pages() {
        List<String> paths = new ArrayList<>(List.of("index.html", "404.html", "source/" + SLUG + ".html"));
        for (String e : List.of("zh-Hans", "zh-Hant")) {
            for (String page : List.of("index", SLUG, "parallel/" + SLUG, "terms/" + SLUG, "search", "terms", "about")) {
                paths.add(e + "/" + page + ".html");
            }
        }
        // the search page with results on it (search.js writes them): a word both editions share
        paths.add("zh-Hans/search.html?q=" + java.net.URLEncoder.encode("营商环境", java.nio.charset.StandardCharsets.UTF_8));
        paths.add("zh-Hant/search.html?q=" + java.net.URLEncoder.encode("營商環境", java.nio.charset.StandardCharsets.UTF_8));
        return inBothSchemes(paths);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pages")
    void hasNoViolations(String path, String scheme) {
        browser.colorScheme(scheme);
        // the phone layout for dark, the desktop layout for light: both layouts are checked on every page type
        boolean phone = scheme.equals("dark");
        browser.viewport(phone ? 375 : 1280, phone ? 800 : 900, phone);
        if (path.equals("index.html")) {
            // the landing page sends a returning reader on; checked here as a first-time reader sees it. The
            // remembered edition is cleared on a page that neither redirects nor remembers one: cleared on the
            // landing page itself, it raced the redirect, and the edition page it led to remembered itself again
            browser.driver().get(site.url("404.html"));
            browser.clearLocalStorage();
        }
        browser.driver().get(site.url(path));
        if (path.contains("?q=")) {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#search-results .search-hits li")).isEmpty());
        }
        assertNoViolations(site.url(path));
    }

    /** The archive's page types, both editions: a later home page, each taxonomy index, a person, a source, a year, a month, a tag, search with filters. */
    static List<Arguments> archivePages() {
        List<String> paths = new ArrayList<>();
        for (String e : List.of("zh-Hans", "zh-Hant")) {
            paths.addAll(List.of(e + "/page/2.html", e + "/people/index.html", e + "/sources/index.html", e + "/years/index.html",
                    e + "/tags/index.html", e + "/people/王丽.html", e + "/people/王丽.p2.html", e + "/sources/新华社.html",
                    e + "/years/2021.html", e + "/years/2021-03.html", e + "/tags/经济.html", e + "/a04.html",
                    e + "/search.html?q=" + java.net.URLEncoder.encode("我们", java.nio.charset.StandardCharsets.UTF_8) + "&year=2022&sort=date"));
            // chosen filters of two facets (links that remove them) in the edition's own script
            boolean hans = e.equals("zh-Hans");
            paths.add(e + "/search.html?q=" + enc(hans ? "我们" : "我們") + "&person=" + enc(hans ? "黄海" : "黃海") + "&tag=" + enc(hans ? "经济" : "經濟"));
        }
        return inBothSchemes(paths);
    }

    @ParameterizedTest(name = "archive {0} ({1})")
    @MethodSource("archivePages")
    void archivePagesHaveNoViolations(String path, String scheme) {
        BuiltSite archive = BuiltSite.archive();
        browser.colorScheme(scheme);
        boolean phone = scheme.equals("dark");
        browser.viewport(phone ? 375 : 1280, phone ? 800 : 900, phone);
        browser.driver().get(archive.url(path));
        if (path.contains("?q=")) {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#search-results .search-hits li")).isEmpty()
                            && !d.findElements(org.openqa.selenium.By.cssSelector(".search-facet")).isEmpty());
        }
        assertNoViolations(archive.url(path));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Every path in the light and the dark colour scheme. */
    private static List<Arguments> inBothSchemes(List<String> paths) {
        List<Arguments> args = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (String path : paths) {
                args.add(Arguments.of(path, scheme));
            }
        }
        return args;
    }

    /** axe on the page the browser shows: something checked, no violation, no contrast it could not decide. */
    private static void assertNoViolations(String url) {
        Results results = new AxeBuilder().withTags(Axe.TAGS).analyze(browser.driver());
        // the browser reports a term page's Chinese file name percent-encoded
        assertThat(java.net.URLDecoder.decode(results.getUrl(), java.nio.charset.StandardCharsets.UTF_8)).as("axe ran on the page itself")
                .isEqualTo(java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(results.getPasses()).as("axe checked something").isNotEmpty();
        assertThat(results.getViolations().stream().map(Rule::getId).toList()).as(() -> Axe.describe(results.getViolations())).isEmpty();
        // contrast axe cannot decide (text over an image, a gradient) would hide a failure: there must be none
        List<Rule> undecided = results.getIncomplete().stream().filter(r -> r.getId().equals("color-contrast")).toList();
        assertThat(undecided.stream().map(Rule::getId).toList()).as(() -> Axe.describe(undecided)).isEmpty();
    }
}
