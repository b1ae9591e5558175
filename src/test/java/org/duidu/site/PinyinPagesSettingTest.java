package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.diag.DuiduException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pinyinPages: false} in duidu.yaml: the real seed's site without the pinyin editions of its
 * reading pages and parallel views, with no link left to one, everything else as with them; and a
 * site that turns them off (or on again) in the same output ends up as a clean build of the setting.
 */
class PinyinPagesSettingTest {
    private static final String SLUG = "000_8e6aaae491def166";

    @TempDir
    static Path work;
    private static Path withPinyin;
    private static Path without;
    private static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = SiteFixture.seedOnly(work.resolve("site"));
        withPinyin = SiteBuilder.build(ConfigLoader.load(site, work.resolve("with"))).siteDir();
        Files.writeString(site.resolve("duidu.yaml"), "pinyinPages: false\n");
        without = SiteBuilder.build(ConfigLoader.load(site, work.resolve("without"))).siteDir();
    }

    @Test
    void thePinyinEditionsAreLeftOutAndNothingElse() throws IOException {
        Map<String, String> on = tree(withPinyin);
        Map<String, String> off = tree(without);
        List<String> pinyin = List.of("zh-Hans/pinyin/" + SLUG + ".html", "zh-Hant/pinyin/" + SLUG + ".html",
                "zh-Hans/pinyin/parallel/" + SLUG + ".html", "zh-Hant/pinyin/parallel/" + SLUG + ".html");
        assertThat(on.keySet()).containsAll(pinyin);
        assertThat(off.keySet()).noneMatch(p -> p.contains("pinyin"));
        List<String> rest = on.keySet().stream().filter(p -> !pinyin.contains(p)).toList();
        assertThat(off.keySet()).containsExactlyInAnyOrderElementsOf(rest);
        // the source view and the search page have no pinyin toggle: the same bytes either way
        for (String same : List.of("source/" + SLUG + ".html", "zh-Hans/search.html", "zh-Hant/index.html")) {
            assertThat(off.get(same)).as(same).isEqualTo(on.get(same));
        }
    }

    @Test
    void readingPagesAndParallelViewsHaveNoToggleAndEveryLinkOfTheSiteResolves() throws IOException {
        for (String edition : List.of("zh-Hans", "zh-Hant")) {
            Document reading = page(without, edition + "/" + SLUG + ".html");
            assertThat(reading.select("a.pinyin-toggle")).isEmpty();
            assertThat(page(withPinyin, edition + "/" + SLUG + ".html").select("a.pinyin-toggle")).hasSize(1);
            Document parallel = page(without, edition + "/parallel/" + SLUG + ".html");
            assertThat(parallel.select("a.pinyin-toggle")).isEmpty();
            Element intro = parallel.selectFirst("p.intro");
            assertThat(intro.text()).doesNotEndWith("·");
            assertThat(intro.select("a")).hasSize(2); // reading and source
        }
        int links = 0;
        Path root = without.toRealPath();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "");
                for (Element a : doc.select("a[href]")) {
                    String href = a.attr("href");
                    if (href.startsWith("#") || URI.create(href.replace(" ", "%20")).isAbsolute()) {
                        continue;
                    }
                    String path = URI.create(href.replace(" ", "%20")).getPath();
                    String decoded = java.net.URLDecoder.decode(path, StandardCharsets.UTF_8);
                    // 404.html's links start at the site's root: it is served at any depth
                    Path target = (decoded.startsWith("/") ? root.resolve(decoded.substring(1)) : file.getParent().resolve(decoded)).normalize();
                    assertThat(target).as("%s links %s", root.relativize(file), href).exists();
                    links++;
                }
            }
        }
        assertThat(links).isGreaterThan(100);
    }

    @Test
    void turningThePagesOffAndOnInOneOutputEqualsCleanBuilds() throws IOException {
        Path out = work.resolve("switched");
        Files.deleteIfExists(site.resolve("duidu.yaml"));
        try {
            SiteBuilder.build(ConfigLoader.load(site, out));
            Files.writeString(site.resolve("duidu.yaml"), "pinyinPages: false\n");
            assertThat(tree(SiteBuilder.build(ConfigLoader.load(site, out)).siteDir())).as("off after on")
                    .containsExactlyEntriesOf(tree(without));
            Files.writeString(site.resolve("duidu.yaml"), "pinyinPages: true\n");
            assertThat(tree(SiteBuilder.build(ConfigLoader.load(site, out)).siteDir())).as("on again")
                    .containsExactlyEntriesOf(tree(withPinyin));
        } finally {
            Files.writeString(site.resolve("duidu.yaml"), "pinyinPages: false\n");
        }
    }

    @Test
    void aValueOtherThanTrueOrFalseIsAnErrorSayingWhere(@TempDir Path dir) throws IOException {
        Path project = SiteFixture.site(dir.resolve("s"), Map.of("duidu.yaml", "title: 文库\npinyinPages: sometimes\n"));
        assertThatThrownBy(() -> ConfigLoader.load(project, dir.resolve("out"))).isInstanceOf(DuiduException.class)
                .satisfies(e -> assertThat(((DuiduException) e).diagnostics().get(0).format())
                        .isEqualTo("duidu.yaml:2:14: error: config: pinyinPages: expected true or false, got 'sometimes'"));
    }

    private static Document page(Path siteDir, String path) throws IOException {
        return Jsoup.parse(Files.readString(siteDir.resolve(path), StandardCharsets.UTF_8), "");
    }

    /** Every file of a site by path, its bytes as text (so a failure shows the difference). */
    private static Map<String, String> tree(Path siteDir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path real = siteDir.toRealPath();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(real.relativize(p).toString().replace('\\', '/'), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
