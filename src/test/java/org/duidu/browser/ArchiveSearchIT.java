package org.duidu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duidu.ArchiveFixture;
import org.duidu.ArchiveFixture.Name;
import org.duidu.ArchiveFixture.Written;
import org.duidu.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Searching the 45-interview test archive in real Chromium: the header search box without
 * JavaScript, filters with counts (expected counts computed from {@link ArchiveFixture}'s own
 * record), "N more in this interview", "more results", highlight on landing, and the page's hits
 * for every filter value equal to {@code duidu search}'s with the same filter.
 */
class ArchiveSearchIT {
    private static final List<Written> WRITTEN = ArchiveFixture.interviews();
    private static final ObjectMapper JSON = new ObjectMapper();
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

    @BeforeEach
    void fresh() {
        browser.scripts(true);
        browser.viewport(1280, 900, false);
    }

    @Test
    void theHeaderSearchBoxOfEveryPageWorksWithoutJavaScript() {
        browser.scripts(false);
        browser.driver().get(site.url("zh-Hant/people/index.html"));
        WebElement box = browser.driver().findElement(By.cssSelector("header form.header-search input[name=q]"));
        box.sendKeys("記號");
        box.submit();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("search.html"));
        assertThat(browser.driver().getCurrentUrl())
                .isEqualTo(site.url("zh-Hant/search.html?q=" + URLEncoder.encode("記號", StandardCharsets.UTF_8)));
    }

    @Test
    void filtersShowHowManyInterviewsHaveEachValueAndCombine() {
        // 记号 is in every interview's first answers: each interview matches once per interviewee
        open("zh-Hans/search.html?q=" + enc("记号"));
        Map<String, Integer> people = facetCounts("person");
        Map<String, Integer> expected = new TreeMap<>();
        WRITTEN.forEach(w -> {
            List<Name> all = new ArrayList<>(w.interviewees());
            w.interviewer().ifPresent(all::add);
            all.stream().distinct().forEach(n -> expected.merge(n.hans(), 1, Integer::sum));
        });
        assertThat(new TreeMap<>(people)).isEqualTo(expected);
        assertThat(facetCounts("role")).containsExactly(Map.entry("答", ArchiveFixture.COUNT));
        // a person and a year together: only interviews with both
        Written some = WRITTEN.stream().filter(w -> w.date().length() >= 4).findFirst().orElseThrow();
        String person = some.interviewees().get(0).hans();
        String year = some.date().substring(0, 4);
        open("zh-Hans/search.html?q=" + enc("记号") + "&person=" + enc(person) + "&year=" + year);
        List<String> shown = shownInterviews();
        List<String> both = WRITTEN.stream().filter(w -> w.date().startsWith(year) && w.interviewees().stream()
                .anyMatch(n -> n.hans().equals(person))).map(Written::slug).sorted().toList();
        assertThat(shown.stream().distinct().sorted().toList()).isEqualTo(both);
        assertThat(facetCounts("year")).containsExactly(Map.entry(year, both.size()));
    }

    @Test
    void atMostThreeHitsPerInterviewThenALinkToTheRest() {
        // 我们: in each interviewee's two answers; an interview of two people has four
        open("zh-Hans/search.html?q=" + enc("我们"));
        Map<String, Integer> paragraphs = new LinkedHashMap<>();
        WRITTEN.forEach(w -> paragraphs.put(w.slug(), 2 * w.interviewees().size()));
        List<WebElement> groups = browser.driver().findElements(By.cssSelector("section.search-group"));
        assertThat(groups).isNotEmpty();
        String pair = null;
        for (WebElement group : groups) {
            String slug = group.getAttribute("data-interview");
            int expected = paragraphs.get(slug);
            assertThat(group.findElements(By.cssSelector(".search-hits li"))).as(slug).hasSize(Math.min(3, expected));
            List<WebElement> more = group.findElements(By.cssSelector(".search-more-in a"));
            if (expected > 3) {
                assertThat(more).singleElement().satisfies(a -> assertThat(a.getText()).isEqualTo("本篇还有 " + (expected - 3) + " 处"));
                pair = pair == null ? slug : pair;
            } else {
                assertThat(more).isEmpty();
            }
        }
        assertThat(pair).as("an interview of two people on the first page").isNotNull();
        browser.driver().findElement(By.cssSelector("section.search-group[data-interview=" + pair + "] .search-more-in a")).click();
        waitForResults();
        assertThat(browser.driver().findElements(By.cssSelector(".search-hits li"))).hasSize(4);
        assertThat(shownInterviews()).containsOnly(pair);
    }

    @Test
    void moreResultsAppendsTheNextTwentyUntilAllAreShownInTheCliOrder() throws Exception {
        open("zh-Hans/search.html?q=" + enc("记号"));
        int total = WRITTEN.stream().mapToInt(w -> w.interviewees().size()).sum();
        WebElement next = browser.driver().findElement(By.id("search-next"));
        assertThat(hitsShown()).hasSize(20);
        while (next.isDisplayed()) {
            int before = hitsShown().size();
            next.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> hitsShown().size() > before);
        }
        List<String> cli = new ArrayList<>();
        for (JsonNode hit : cli("记号", "--per-interview", "3", "--limit", "1000").get("hits")) {
            cli.add(hit.get("interview").asText() + "#p" + hit.get("paragraph").asInt());
        }
        assertThat(hitsShown()).hasSize(total).containsExactlyElementsOf(cli);
    }

    @Test
    void aHitOpensItsParagraphWithTheMatchedWordsMarked() {
        open("zh-Hans/search.html?q=" + enc("记号"));
        WebElement first = browser.driver().findElement(By.cssSelector(".search-hits li a"));
        String paragraph = first.findElement(By.xpath("..")).getAttribute("data-paragraph");
        first.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#" + paragraph + " mark.hl")).isEmpty());
        assertThat(browser.driver().getCurrentUrl()).contains("?hl=").endsWith("#" + paragraph);
        assertThat(browser.driver().findElements(By.cssSelector("#" + paragraph + " mark.hl")).get(0).getText()).isEqualTo("记号");
        assertThat(browser.driver().findElement(By.id(paragraph)).getAttribute("class")).contains("hl-target");
        Object visible = browser.js("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;", paragraph);
        assertThat(visible).isEqualTo(true);
        // only that paragraph is marked
        assertThat(browser.driver().findElements(By.cssSelector("mark.hl")))
                .allSatisfy(m -> assertThat(m.findElement(By.xpath("ancestor::p")).getAttribute("id")).isEqualTo(paragraph));
    }

    @Test
    void thePageGivesTheCliHitsAndCountsForEveryFilterValueAndBothOrders() throws Exception {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Written w : WRITTEN) {
            w.interviewees().forEach(n -> add(values, "person", n.hans()));
            w.interviewer().ifPresent(n -> add(values, "person", n.hant()));  // a zh-Hant value filters too
            w.source().ifPresent(n -> add(values, "source", n.hans()));
            w.tags().forEach(n -> add(values, "tag", n.hant()));
            if (!w.date().isEmpty()) {
                add(values, "year", w.date().substring(0, 4));
            }
        }
        values.put("role", List.of("answer", "question", "lead"));
        open("zh-Hant/search.html");
        int compared = 0;
        for (Map.Entry<String, List<String>> facet : values.entrySet()) {
            for (String value : facet.getValue()) {
                for (String sort : List.of("relevance", "date")) {
                    for (String query : List.of("记号", "我們 工作")) {
                        JsonNode page = page(query, facet.getKey(), value, sort);
                        JsonNode cli = cli(query, "--edition", "zh-Hant", "--" + facet.getKey(), value, "--sort", sort,
                                "--per-interview", "3", "--limit", "20", "--counts");
                        assertThat(summary(page)).as(query + " " + facet + " " + value + " " + sort).isEqualTo(summary(cli));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void theCitationButtonOffersGbt7714AndChicagoPointingAtTheParagraph() {
        Written w = WRITTEN.stream().filter(x -> x.interviewees().size() == 2 && x.source().isPresent() && x.date().length() == 10)
                .findFirst().orElseThrow();
        String url = site.url("zh-Hans/" + w.slug() + ".html");
        browser.driver().get(url);
        String people = w.interviewees().get(0).hans() + "," + w.interviewees().get(1).hans();
        String today = java.time.LocalDate.now().toString();
        String[] ymd = w.date().split("-");
        String month = java.time.Month.of(Integer.parseInt(ymd[1])).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        Map<String, String> expected = Map.of(
                "gbt7714", people + "." + w.title() + "[EB/OL]." + w.source().get().hans() + "," + ymd[0] + "[" + today + "]." + url + "#p2",
                "chicago", people.replace(",", ", ") + ". \u201c" + w.title() + ".\u201d " + w.source().get().hans() + ", " + month + " "
                        + Integer.parseInt(ymd[2]) + ", " + ymd[0] + ". " + url + "#p2.");
        for (Map.Entry<String, String> style : expected.entrySet()) {
            browser.driver().get(url);
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("cite-style"))).selectByValue(style.getKey());
            browser.js("window.__copied = null; navigator.clipboard.writeText = function (t) { window.__copied = t; return Promise.resolve(); };");
            browser.driver().findElement(By.cssSelector("#p2 button.cite")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.js("return window.__copied") != null);
            assertThat(browser.js("return window.__copied")).as(style.getKey()).isEqualTo(style.getValue());
        }
        browser.js("localStorage.removeItem('duidu.cite')");
    }

    // ---- helpers ----

    private static void add(Map<String, List<String>> values, String facet, String value) {
        List<String> list = values.computeIfAbsent(facet, k -> new ArrayList<>());
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** What both must agree on: totals, each hit (interview, paragraph, score, snippet-free) with its "more", and the counts. */
    private static String summary(JsonNode results) {
        StringBuilder out = new StringBuilder();
        out.append(results.get("total").asInt()).append(' ').append(results.get("interviews").asInt()).append('\n');
        for (JsonNode hit : results.get("hits")) {
            out.append(hit.get("interview").asText()).append("#p").append(hit.get("paragraph").asInt()).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.4f", hit.get("score").asDouble())).append(" more ")
                    .append(hit.get("more").asInt()).append('\n');
        }
        results.get("counts").fields().forEachRemaining(f -> {
            out.append(f.getKey()).append(':');
            f.getValue().forEach(c -> out.append(' ').append(c.get("label").asText()).append('=').append(c.get("count").asInt()));
            out.append('\n');
        });
        return out.toString();
    }

    private static JsonNode page(String query, String facet, String value, String sort) throws Exception {
        Object json = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var o = {limit: 20, perInterview: 3, counts: true, edition: 'zh-Hant'};"
                        + "o[arguments[1]] = arguments[2]; if (arguments[3] === 'date') { o.sort = 'date'; }"
                        + "window.duiduSearch.search(arguments[0], o).then(function (r) {"
                        + "  var more = r.more || {};"
                        + "  done(JSON.stringify({total: r.total, interviews: r.interviews, counts: r.counts, hits: r.hits.map(function (h) {"
                        + "    return {interview: h.interview, paragraph: h.paragraph, score: h.score, more: more[h.interview] || 0}; })}));"
                        + "}, function (e) { done('ERROR ' + e); });", query, facet, value, sort);
        assertThat(json.toString()).doesNotStartWith("ERROR");
        return JSON.readTree(json.toString());
    }

    private static JsonNode cli(String query, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", "--json", "--index", site.index().toString()));
        args.addAll(List.of(query.split(" ")));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return JSON.readTree(out.toString());
    }

    private static void open(String path) {
        browser.driver().get(site.url(path));
        waitForResults();
    }

    private static void waitForResults() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            String state = d.findElement(By.id("search-results")).getAttribute("data-state");
            return "done".equals(state) || "idle".equals(state) || "error".equals(state);
        });
        assertThat(browser.driver().findElement(By.id("search-results")).getAttribute("data-state")).isNotEqualTo("error");
    }

    private static Map<String, Integer> facetCounts(String facet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (WebElement li : browser.driver().findElements(By.cssSelector(".search-facet[data-facet=" + facet + "] li"))) {
            String label = li.findElement(By.tagName("a")).getText().replace("✕ ", "");
            counts.put(label, Integer.parseInt(li.findElement(By.className("search-count")).getText().strip()));
        }
        return counts;
    }

    private static List<String> shownInterviews() {
        return browser.driver().findElements(By.cssSelector("section.search-group")).stream()
                .flatMap(g -> g.findElements(By.cssSelector(".search-hits li")).stream().map(li -> g.getAttribute("data-interview")))
                .toList();
    }

    private static List<String> hitsShown() {
        return browser.driver().findElements(By.cssSelector("section.search-group")).stream()
                .flatMap(g -> g.findElements(By.cssSelector(".search-hits li")).stream()
                        .map(li -> g.getAttribute("data-interview") + "#" + li.getAttribute("data-paragraph")))
                .toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
