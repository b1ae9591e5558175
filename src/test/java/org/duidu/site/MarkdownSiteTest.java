package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Markdown seed through the whole pipeline: inline markup per edition, untrusted HTML escaped. */
class MarkdownSiteTest {
    @Test
    void markupPicksEachEditionsFormAndHtmlInContentStaysText(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir.resolve("site"), Map.of("seeds/m.md", String.join("\n",
                "# 軟件訪談",
                "",
                "記者：-{zh-hans:软件;zh-hant:軟體}-行業怎麼樣？<img src=x onerror=alert(1)>",
                "",
                "李明：-{乾隆}-年間沒有軟件。",
                "",
                "記者：還有呢？",
                "",
                "李明：頭髮乾了。",
                "")));
        BuildResult result = SiteBuilder.build(ConfigLoader.load(site, dir.resolve("out")));
        Document hans = Jsoup.parse(Files.readString(result.siteDir().resolve("zh-Hans/m.html")));
        Document hant = Jsoup.parse(Files.readString(result.siteDir().resolve("zh-Hant/m.html")));
        assertThat(hans.selectFirst("#p1").text()).startsWith("记者软件行业怎么样？");
        assertThat(hant.selectFirst("#p1").text()).startsWith("記者軟體行業怎麼樣？");
        // -{乾隆}- is never converted, even in zh-Hans
        assertThat(hans.selectFirst("#p2").text()).contains("乾隆年间没有软件");
        // the seed's HTML is shown as text, never as an element
        assertThat(hans.select("img")).isEmpty();
        assertThat(hans.selectFirst("#p1").text()).contains("<img src=x onerror=alert(1)>");
        assertThat(hans.selectFirst("h1").text()).isEqualTo("软件访谈");
        // the seed is Traditional: its source view shows the zh-Hant form of the explicit run
        Document source = Jsoup.parse(Files.readString(result.siteDir().resolve("source/m.html")));
        assertThat(source.selectFirst("#p1").text()).contains("軟體行業怎麼樣");
    }

    @Test
    void theSourceViewOfASimplifiedSeedShowsTheSimplifiedFormOfAnExplicitRun(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir.resolve("site"), Map.of("seeds/s.md",
                "记者：这个-{zh-hans:软件;zh-hant:軟體}-产业怎么样？\n\n李明：发展很快，我们很满意。\n"));
        BuildResult result = SiteBuilder.build(ConfigLoader.load(site, dir.resolve("out")));
        assertThat(result.seeds().get(0).script()).isEqualTo("simplified");
        Document source = Jsoup.parse(Files.readString(result.siteDir().resolve("source/s.html")));
        assertThat(source.selectFirst("#p1").text()).contains("这个软件产业怎么样");
    }
}
