package org.duidu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page of the 45-interview test archive does not move under the reader's eyes while
 * search.js loads the index and writes the filters, sort links and results: Chromium's own
 * layout-shift entries (the Layout Instability API that Lighthouse's CLS adds up) are read after the
 * results are shown, on a phone and on a desktop viewport, both editions, with filters chosen.
 * On a phone the filters stand above the results; when they were written into a block already on
 * screen they pushed it down (CLS 0.24 in Lighthouse).
 */
class SearchLayoutShiftIT {
    /** Lighthouse's "good" CLS is 0.1; a page that shows its results in one step shifts nothing at all. */
    private static final double MAX_SHIFT = 0.01;
    private static Browser browser;
    private static BuiltSite site;

    @BeforeAll
    static void start() {
        site = BuiltSite.archive();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static List<Arguments> pages() {
        List<Arguments> args = new ArrayList<>();
        Map<String, List<String>> queries = Map.of(
                "zh-Hans", List.of("q=" + enc("我们") + "&year=2022&sort=date", "q=" + enc("我们") + "&person=" + enc("黄海") + "&tag=" + enc("经济"),
                        "q=" + enc("记号")),
                "zh-Hant", List.of("q=" + enc("我們") + "&year=2022&sort=date", "q=" + enc("我們") + "&person=" + enc("黃海") + "&tag=" + enc("經濟"),
                        "q=" + enc("記號")));
        for (String edition : List.of("zh-Hans", "zh-Hant")) {
            for (String query : queries.get(edition)) {
                for (String device : List.of("phone", "desktop")) {
                    args.add(Arguments.of(edition + "/search.html?" + query, device));
                }
            }
        }
        return args;
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pages")
    void showingTheResultsMovesNothingOnScreen(String path, String device) {
        boolean phone = device.equals("phone");
        // Lighthouse's phone (Moto G Power) and desktop screens
        browser.viewport(phone ? 412 : 1350, phone ? 823 : 940, phone);
        browser.driver().get(site.url(path));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "done".equals(browser.js(
                "return document.getElementById('search-results').getAttribute('data-state')")));
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#search-results .search-hits li")))
                .as("results are shown").isNotEmpty();
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".search-facet")))
                .as("filters are shown").isNotEmpty();
        // the entries buffered since the page started (layout-shift keeps up to 150), after two more frames
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shifts = (List<Map<String, Object>>) browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var seen = [];
                var observer = new PerformanceObserver(function (list) {
                  list.getEntries().forEach(function (e) {
                    seen.push({ value: e.value, input: e.hadRecentInput, at: Math.round(e.startTime),
                      sources: e.sources.map(function (s) {
                        var n = s.node;
                        return (n ? n.nodeName + (n.id ? '#' + n.id : '') + (n.className ? '.' + n.className : '') : '?')
                          + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect);
                      }) });
                  });
                });
                observer.observe({ type: 'layout-shift', buffered: true });
                requestAnimationFrame(function () { requestAnimationFrame(function () {
                  setTimeout(function () { seen = seen.concat(observer.takeRecords()); observer.disconnect(); done(seen); }, 300);
                }); });
                """);
        // every entry counts, as in Lighthouse: the reader gave no input, but Chromium marks shifts soon after a
        // viewport emulation as if they followed some (hadRecentInput)
        double total = shifts.stream().mapToDouble(s -> ((Number) s.get("value")).doubleValue()).sum();
        assertThat(total).as("layout shift while the results were written: %s", shifts).isLessThan(MAX_SHIFT);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
