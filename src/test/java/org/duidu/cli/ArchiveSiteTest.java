package org.duidu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.duidu.ArchiveFixture;
import org.duidu.ArchiveFixture.Name;
import org.duidu.ArchiveFixture.Written;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's lists, built by {@code duidu build} from {@link ArchiveFixture}'s 45 interviews and
 * read back as HTML: what each list holds, its counts, its order and its pages. Every expected value
 * is computed here from what the fixture wrote.
 */
class ArchiveSiteTest {
    @TempDir
    static Path dir;
    static Path site;
    static final List<Written> WRITTEN = ArchiveFixture.interviews();

    /** Newest first by the first day of the date's period, undated last, ties by zh-Hans title then slug. */
    static final Comparator<Written> NEWEST_FIRST = Comparator.comparing((Written w) -> w.start().isEmpty())
            .thenComparing(Written::start, Comparator.reverseOrder()).thenComparing(Written::title).thenComparing(Written::slug);

    @BeforeAll
    static void build() throws IOException {
        Path project = ArchiveFixture.write(dir.resolve("project"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--site", project.toString(), "--out", dir.resolve("out").toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        site = dir.resolve("out/site").toRealPath();
    }

    @Test
    void theHomeListsEveryInterviewNewestFirstUndatedLastInPagesOfSeven() throws IOException {
        List<String> expected = WRITTEN.stream().sorted(NEWEST_FIRST).map(Written::slug).toList();
        for (String edition : List.of("zh-Hans", "zh-Hant")) {
            List<String> pages = chain(edition + "/index.html");
            assertThat(pages).hasSize((ArchiveFixture.COUNT + ArchiveFixture.PAGE_SIZE - 1) / ArchiveFixture.PAGE_SIZE);
            assertThat(pages.get(1)).isEqualTo(edition + "/page/2.html");
            assertThat(slugsOf(pages)).containsExactlyElementsOf(expected);
            assertThat(pages).allSatisfy(p -> assertThat(stories(page(p)).size()).isLessThanOrEqualTo(ArchiveFixture.PAGE_SIZE));
        }
        // the day-twins 20 and 21 fall to their titles: 谈话一 (21) before 谈话二 (20)
        assertThat(expected.indexOf("a21")).isEqualTo(expected.indexOf("a20") - 1);
        // undated interviews (every ninth) close the list, by title in code point order: 第9号 after 第45号
        assertThat(expected.subList(expected.size() - 5, expected.size())).containsExactly("a18", "a27", "a36", "a45", "a09");
    }

    @Test
    void eachPageLinksItsNeighboursWithRelPrevAndNextInHeadAndBody() throws IOException {
        List<String> pages = chain("zh-Hans/index.html");
        for (int i = 0; i < pages.size(); i++) {
            Document d = page(pages.get(i));
            String prev = i == 0 ? null : pages.get(i - 1);
            String next = i == pages.size() - 1 ? null : pages.get(i + 1);
            assertThat(target(pages.get(i), d.selectFirst("head link[rel=prev]"))).isEqualTo(prev);
            assertThat(target(pages.get(i), d.selectFirst("head link[rel=next]"))).isEqualTo(next);
            assertThat(target(pages.get(i), d.selectFirst("nav.list-pager a[rel=prev]"))).isEqualTo(prev);
            assertThat(d.select("nav.list-pager a[aria-current=page]").text()).isEqualTo(Integer.toString(i + 1));
            // the edition switch goes to the same page of the other list
            assertThat(target(pages.get(i), d.selectFirst("a.edition-switch"))).isEqualTo(pages.get(i).replace("zh-Hans/", "zh-Hant/"));
        }
    }

    @Test
    void everyTaxonomyIndexCountsItsTermsAndEachTermPageListsItsInterviewsNewestFirst() throws IOException {
        for (String taxonomy : List.of("people", "sources", "tags", "years")) {
            Map<String, List<Written>> expected = expectedTerms(taxonomy);
            for (String edition : List.of("zh-Hans", "zh-Hant")) {
                String indexPath = edition + "/" + taxonomy + "/index.html";
                Document index = page(indexPath);
                Map<String, Integer> counts = new LinkedHashMap<>();
                Map<String, String> links = new LinkedHashMap<>();
                for (Element li : index.select("ul.term-index li")) {
                    Element a = li.selectFirst("> a");
                    counts.put(a.text(), Integer.parseInt(li.selectFirst("> .term-count").text().replaceAll("\\D", "")));
                    links.put(a.text(), target(indexPath, a));
                }
                Map<String, Integer> expectedCounts = new TreeMap<>();
                expected.forEach((key, list) -> expectedCounts.put(label(taxonomy, key, edition), list.size()));
                assertThat(new TreeMap<>(counts)).as(taxonomy + " " + edition).isEqualTo(expectedCounts);
                for (Map.Entry<String, List<Written>> term : expected.entrySet()) {
                    String first = links.get(label(taxonomy, term.getKey(), edition));
                    List<String> pages = chain(first);
                    assertThat(pages).hasSize((term.getValue().size() + ArchiveFixture.PAGE_SIZE - 1) / ArchiveFixture.PAGE_SIZE);
                    assertThat(slugsOf(pages)).as(first)
                            .containsExactlyElementsOf(term.getValue().stream().sorted(NEWEST_FIRST).map(Written::slug).toList());
                    Document d = page(first);
                    assertThat(d.selectFirst("h1").text()).isEqualTo(label(taxonomy, term.getKey(), edition));
                    assertThat(feedSlugs(first, d)).containsExactlyElementsOf(
                            term.getValue().stream().sorted(NEWEST_FIRST).map(Written::slug).toList());
                }
            }
        }
    }

    @Test
    void peopleIndexListsMostInterviewsFirstWithTheInterviewerNamedBehindTheRoleWord() throws IOException {
        Map<String, List<Written>> people = expectedTerms("people");
        Document d = page("zh-Hant/people/index.html");
        List<Integer> counts = d.select("ul.term-index > li > .term-count").eachText().stream()
                .map(t -> Integer.parseInt(t.replaceAll("\\D", ""))).toList();
        assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(d.select("ul.term-index > li > a").eachText()).contains("許平", "鄭東", "陳明").doesNotContain("記者", "记者");
        assertThat(people).containsKey("许平");
    }

    @Test
    void yearsListTheirMonthsAndAYearOnlyInterviewIsInItsYearButNoMonth() throws IOException {
        Document d = page("zh-Hans/years/index.html");
        List<String> years = d.select("ul.term-index > li > a").eachText();
        List<String> expectedYears = WRITTEN.stream().filter(w -> !w.date().isEmpty()).map(w -> w.date().substring(0, 4) + "年")
                .distinct().sorted(Comparator.reverseOrder()).toList();
        assertThat(years).containsExactlyElementsOf(expectedYears);
        Written yearOnly = WRITTEN.stream().filter(w -> w.date().length() == 4).findFirst().orElseThrow();
        String year = yearOnly.date();
        assertThat(slugsOf(chain("zh-Hans/years/" + year + ".html"))).contains(yearOnly.slug());
        try (var files = Files.list(site.resolve("zh-Hans/years"))) {
            for (Path month : files.filter(f -> f.getFileName().toString().matches(year + "-\\d\\d\\.html")).toList()) {
                assertThat(slugsOf(chain("zh-Hans/years/" + month.getFileName()))).doesNotContain(yearOnly.slug());
            }
        }
    }

    @Test
    void theTermsIndexLinksATermsFirstTenInterviewsAndCountsTheRest() throws IOException {
        for (String edition : List.of("zh-Hans", "zh-Hant")) {
            Document d = Jsoup.parse(site.resolve(edition + "/terms.html").toFile(), "UTF-8");
            String term = edition.equals("zh-Hans") ? ArchiveFixture.SHARED_TERM : "穩中求進";
            Element row = d.select("table.terms:not(.glossary) tbody tr").stream()
                    .filter(r -> r.selectFirst("td").text().equals(term)).findFirst().orElseThrow();
            Element where = row.select("td").get(3);
            // every interview's interviewees use it: the first ten interviews in site order are linked, the rest counted
            assertThat(where.select("a:not(.search-term)")).hasSize(10);
            assertThat(where.text()).contains("另有 " + (WRITTEN.size() - 10) + " 篇");
            assertThat(where.selectFirst("a.search-term").attr("href")).contains("search.html?q=");
        }
    }

    @Test
    void eachReadingPageListsUpToFiveRelatedInterviewsSharingPeopleThenTagsThenSource() throws IOException {
        List<Written> ordered = WRITTEN.stream().sorted(NEWEST_FIRST).toList();
        for (Written w : WRITTEN) {
            // strength: shared people, then shared tags, then the same source; ties newest first
            List<Written> expected = ordered.stream().filter(o -> o != w)
                    .filter(o -> shared(w, o)[0] + shared(w, o)[1] + shared(w, o)[2] > 0)
                    .sorted(Comparator.comparing((Written o) -> -shared(w, o)[0]).thenComparing(o -> -shared(w, o)[1])
                            .thenComparing(o -> -shared(w, o)[2]))
                    .limit(5).toList();
            for (String path : List.of("zh-Hans/" + w.slug() + ".html", "zh-Hant/pinyin/" + w.slug() + ".html")) {
                Document d = page(path);
                List<String> related = d.select("section.related a").eachAttr("href").stream()
                        .map(h -> h.substring(h.lastIndexOf('/') + 1).replace(".html", "")).toList();
                assertThat(related).as(path).containsExactlyElementsOf(expected.stream().map(Written::slug).toList());
            }
        }
    }

    /** What two interviews share: people, tags, source (1 or 0). */
    static int[] shared(Written a, Written b) {
        List<Name> peopleA = new ArrayList<>(a.interviewees());
        a.interviewer().ifPresent(peopleA::add);
        List<Name> peopleB = new ArrayList<>(b.interviewees());
        b.interviewer().ifPresent(peopleB::add);
        int people = (int) peopleA.stream().distinct().filter(peopleB::contains).count();
        int tags = (int) a.tags().stream().filter(b.tags()::contains).count();
        int source = a.source().isPresent() && a.source().equals(b.source()) ? 1 : 0;
        return new int[] {people, tags, source};
    }

    // ---- expectations from the fixture ----

    static Map<String, List<Written>> expectedTerms(String taxonomy) {
        Map<String, List<Written>> terms = new TreeMap<>();
        for (Written w : WRITTEN) {
            List<String> keys = new ArrayList<>();
            switch (taxonomy) {
                case "people" -> {
                    w.interviewees().forEach(n -> keys.add(n.hans()));
                    w.interviewer().ifPresent(n -> keys.add(n.hans()));
                }
                case "sources" -> w.source().ifPresent(n -> keys.add(n.hans()));
                case "tags" -> w.tags().forEach(n -> keys.add(n.hans()));
                case "years" -> {
                    if (!w.date().isEmpty()) {
                        keys.add(w.date().substring(0, 4));
                    }
                    if (w.date().length() >= 7) {
                        keys.add(w.date().substring(0, 7));
                    }
                }
                default -> throw new IllegalArgumentException(taxonomy);
            }
            keys.forEach(k -> terms.computeIfAbsent(k, x -> new ArrayList<>()).add(w));
        }
        return terms;
    }

    /** A term as the edition writes it: the fixture's own zh-Hant form, or a date as 2024年 / 2024年6月. */
    static String label(String taxonomy, String key, String edition) {
        if (taxonomy.equals("years")) {
            return key.length() == 4 ? key + "年" : key.substring(0, 4) + "年" + Integer.parseInt(key.substring(5)) + "月";
        }
        if (edition.equals("zh-Hans")) {
            return key;
        }
        Function<List<Name>, String> find = names -> names.stream().filter(n -> n.hans().equals(key)).map(Name::hant).findFirst().orElse(null);
        List<Name> all = new ArrayList<>();
        WRITTEN.forEach(w -> {
            all.addAll(w.interviewees());
            w.interviewer().ifPresent(all::add);
            w.source().ifPresent(all::add);
            all.addAll(w.tags());
        });
        return find.apply(all);
    }

    // ---- reading the site ----

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** A list's pages, from its first, following rel=next. */
    static List<String> chain(String first) throws IOException {
        List<String> pages = new ArrayList<>();
        for (String p = first; p != null; p = target(p, page(p).selectFirst("head link[rel=next]"))) {
            assertThat(pages).doesNotContain(p);
            pages.add(p);
        }
        return pages;
    }

    static List<Element> stories(Document d) {
        return d.select("ol.stories > li a.story-title");
    }

    static List<String> slugsOf(List<String> pages) throws IOException {
        List<String> slugs = new ArrayList<>();
        for (String p : pages) {
            for (Element a : stories(page(p))) {
                String href = a.attr("href");
                slugs.add(href.substring(href.lastIndexOf('/') + 1).replace(".html", ""));
            }
        }
        return slugs;
    }

    /** The slugs of a term feed's entries, in feed order. */
    static List<String> feedSlugs(String pagePath, Document d) throws IOException {
        String feed = target(pagePath, d.selectFirst("head link[type=application/atom+xml][title*=·]"));
        Document xml = Jsoup.parse(Files.readString(site.resolve(feed)), "", Parser.xmlParser());
        return xml.select("entry > link[rel=alternate]").eachAttr("href").stream()
                .map(h -> h.substring(h.lastIndexOf('/') + 1).replace(".html", "")).toList();
    }

    /** Where a link on page {@code from} leads, as a path from the site root; null without a link. */
    static String target(String from, Element link) {
        if (link == null) {
            return null;
        }
        Path resolved = site.resolve(from).resolveSibling(link.attr("href")).normalize();
        return site.relativize(resolved).toString().replace('\\', '/');
    }
}
