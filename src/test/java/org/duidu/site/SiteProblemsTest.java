package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.diag.Diagnostic;
import org.duidu.diag.DuiduException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and unusual sites, as a first-time user made them: each problem named where it is. */
class SiteProblemsTest {
    private static final String SEED = "記者：请问这个怎么看？\n李明：我们认为很好。\n記者：还有呢？\n李明：没有了。\n";

    @Test
    void twoSeedsWithOneSlugAreAnError(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/a.txt", SEED, "seeds/b.txt", SEED, "seeds/b.yaml", "slug: a\n"));
        assertThatThrownBy(() -> SiteBuilder.build(ConfigLoader.load(site, dir.resolve("out"))))
                .isInstanceOfSatisfying(DuiduException.class, e -> assertThat(e.diagnostics()).extracting(Diagnostic::format)
                        .containsExactly("seeds/b.txt: error: duplicate-slug: its URL name 'a' is already used by seeds/a.txt; set another 'slug:' in its sidecar"));
        assertThat(SiteBuilder.check(ConfigLoader.load(site, dir.resolve("out"))).hasErrors()).isTrue();
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndExpression(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/a.txt", SEED,
                "templates/home.ftlh", "<#include \"layout.ftlh\">\n<@frame title=page.siteTitle>\n<p>${undefinedVariable}</p>\n</@frame>\n"));
        assertThatThrownBy(() -> SiteBuilder.build(ConfigLoader.load(site, dir.resolve("out"))))
                .isInstanceOfSatisfying(DuiduException.class, e -> assertThat(e.diagnostics()).singleElement()
                        .satisfies(d -> assertThat(d.format()).startsWith("templates/home.ftlh:3:6: error: template: ")
                                .contains("undefinedVariable")));
        assertThat(Files.exists(dir.resolve("out/site"))).isFalse();
    }

    @Test
    void checkReportsTemplateSyntaxErrors(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/a.txt", SEED, "templates/home.ftlh", "<p>\n<#lisst x as y></#lisst>\n"));
        assertThat(SiteBuilder.check(ConfigLoader.load(site, dir.resolve("out"))).all()).singleElement()
                .satisfies(d -> assertThat(d.format()).startsWith("templates/home.ftlh:2:2: error: template: ").contains("#lisst"));
    }

    @Test
    void labelsAndTheDerivedTitleFollowTheEditionEvenInASimplifiedSeed(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/a.txt", SEED));
        BuildResult r = SiteBuilder.build(ConfigLoader.load(site, dir.resolve("out")));
        assertThat(r.seeds().get(0).script()).isEqualTo("simplified");
        var hans = Jsoup.parse(Files.readString(r.siteDir().resolve("zh-Hans/a.html")));
        var hant = Jsoup.parse(Files.readString(r.siteDir().resolve("zh-Hant/a.html")));
        assertThat(hans.select(".speaker").eachText()).contains("记者", "李明");
        assertThat(hant.select(".speaker").eachText()).contains("記者", "李明");
        assertThat(hans.selectFirst("h1").text()).isEqualTo("李明访谈");
        assertThat(hant.selectFirst("h1").text()).isEqualTo("李明訪談");
        // the edition switch says where it goes, in the reader's script
        assertThat(hans.selectFirst("a.edition-switch").attr("title")).isEqualTo("切换到繁体版");
        assertThat(hant.selectFirst("a.edition-switch").attr("title")).isEqualTo("切換到簡體版");
    }

    @Test
    void anUnclosedMarkupIsAWarningWhereItOpens(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/m.md", "记者：谈-{zh-hans:软件;zh-hant:軟體 产业？\n\n李明：好。\n"));
        assertThat(SiteBuilder.check(ConfigLoader.load(site, dir.resolve("out"))).all()).extracting(Diagnostic::format)
                .containsExactly("seeds/m.md:1:5: warning: unclosed-markup: '-{' is never closed with '}-'; the text is shown as written");
    }

    @Test
    void aProsePageCannotTakeTheNameOfAnotherPage(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/a.txt", SEED, "pages/search.md", "# 搜索\n\n说明。\n"));
        assertThatThrownBy(() -> SiteBuilder.build(ConfigLoader.load(site, dir.resolve("out"))))
                .isInstanceOfSatisfying(DuiduException.class, e -> assertThat(e.diagnostics()).extracting(Diagnostic::format)
                        .containsExactly("pages/search.md: error: prose-page-name: the name 'search' is taken by another page; rename the file"));
        assertThat(Files.exists(dir.resolve("out/site"))).isFalse();
    }
}
