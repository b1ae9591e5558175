package org.duidu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.duidu.SiteFixture;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Interview;
import org.duidu.model.Paragraph;
import org.duidu.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown seeds: the same transcript conventions over Markdown paragraphs and lists. */
class MarkdownSeedTest {
    private static final String SEED = String.join("\n",
            "# 家門口的書房",
            "",
            "本刊記者日前採訪了市圖書館館長李明。",
            "",
            "**記者**：社區圖書館發展很快，",
            "您怎麼看？",
            "",
            "**李明**：我們做了兩件事。",
            "",
            "1. 完善服務網絡，新建十個分館。",
            "2. 豐富閱讀活動，每週都有讀書會。",
            "",
            "記者：<script>alert(1)</script>下一步呢？",
            "",
            "李明：繼續推動*數字*閱讀。",
            "");

    private static Interview read(Path dir, Diagnostics d) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/lib.md", SEED));
        return Ingest.read(site, site.resolve("seeds/lib.md"), d).orElseThrow(() -> new AssertionError(d.all())).interview();
    }

    @Test
    void paragraphsTurnsAndListItemsBecomeTheInterview(@TempDir Path dir) throws Exception {
        Diagnostics d = new Diagnostics();
        Interview i = read(dir, d);
        assertThat(d.all()).isEmpty();
        assertThat(i.metadata().title()).isEqualTo("家門口的書房");
        assertThat(i.lead()).extracting(Paragraph::text).containsExactly("本刊記者日前採訪了市圖書館館長李明。");
        assertThat(i.sections()).hasSize(2);
        // soft line breaks between Chinese lines join without a space; emphasis is reduced to text
        assertThat(i.sections().get(0).question().get(0).text()).isEqualTo("社區圖書館發展很快，您怎麼看？");
        assertThat(i.sections().get(0).answers()).extracting(Paragraph::text, Paragraph::point).containsExactly(
                org.assertj.core.groups.Tuple.tuple("我們做了兩件事。", false),
                org.assertj.core.groups.Tuple.tuple("完善服務網絡，新建十個分館。", true),
                org.assertj.core.groups.Tuple.tuple("豐富閱讀活動，每週都有讀書會。", true));
        assertThat(i.sections().get(1).answers().get(0).text()).isEqualTo("繼續推動數字閱讀。");
        assertThat(i.sections().get(1).answers().get(0).role()).isEqualTo(Role.ANSWER);
    }

    @Test
    void rawHtmlIsKeptAsLiteralTextWithItsPosition(@TempDir Path dir) throws Exception {
        Interview i = read(dir, new Diagnostics());
        Paragraph q2 = i.sections().get(1).question().get(0);
        assertThat(q2.text()).isEqualTo("<script>alert(1)</script>下一步呢？");
        assertThat(q2.span().line()).isEqualTo(13);
        assertThat(i.paragraphs()).extracting(p -> p.span().line()).containsExactly(3, 5, 8, 10, 11, 13, 15);
        // list items point past their markers: "1. " → column 4
        assertThat(i.sections().get(0).answers().get(1).span().column()).isEqualTo(4);
    }

    @Test
    void inlineConversionMarkupBecomesVerbatimRunsThatTheEditionsHonour(@TempDir Path dir) throws Exception {
        String seed = "記者：-{zh-hans:软件;zh-hant:軟體}-怎麼樣？\n\n李明：-{乾隆}-年間的事。\n\n記者：好。\n\n李明：好。\n";
        Path site = SiteFixture.site(dir, Map.of("seeds/m.md", seed));
        Interview i = Ingest.read(site, site.resolve("seeds/m.md"), new Diagnostics()).orElseThrow().interview();
        assertThat(i.sections().get(0).question().get(0).inlines()).containsExactly(
                new org.duidu.model.Inline.Verbatim("軟體", "软件", "軟體"), new org.duidu.model.Inline.Text("怎麼樣？"));
        assertThat(i.sections().get(0).answers().get(0).inlines().get(0))
                .isEqualTo(new org.duidu.model.Inline.Verbatim("乾隆", "乾隆", "乾隆"));
    }
}
