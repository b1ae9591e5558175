package org.duidu.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ProseRendererTest {
    private final ProseRenderer renderer = new ProseRenderer();

    @Test
    void theFirstHeadingIsTheTitle() {
        Views.Prose page = renderer.render("about", "# 關於 `對讀`\n\n正文。\n\n## 其他\n");
        assertThat(page.title()).isEqualTo("關於 對讀");
        assertThat(page.name()).isEqualTo("about");
        assertThat(renderer.render("colophon", "只有正文。").title()).isEqualTo("colophon");
    }

    @Test
    void markdownBecomesHtml() {
        Document doc = Jsoup.parseBodyFragment(renderer.render("about", "# 標題\n\n- **阅读**：[首页](index.html)\n").html());
        assertThat(doc.select("h1").text()).isEqualTo("標題");
        assertThat(doc.select("li strong").text()).isEqualTo("阅读");
        assertThat(doc.select("a").attr("href")).isEqualTo("index.html");
    }

    @Test
    void rawHtmlIsShownAsTextNeverInterpreted() {
        String html = renderer.render("about", "# 標題\n\n<script>alert(1)</script>\n\n段落<img src=x onerror=alert(1)>。\n\n"
                + "<div style=\"color:red\">塊</div>\n").html();
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img, div, [onerror], [style]")).isEmpty();
        assertThat(doc.text()).contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void unsafeLinksAreDroppedAndImagesFromElsewhereBecomeLinks() {
        String html = renderer.render("about", "[點我](javascript:alert(1)) ![圖](https://cdn.example/a.png) ![本站圖](pic.png)").html();
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a[href^=javascript]")).isEmpty();
        assertThat(doc.select("img")).hasSize(1);
        assertThat(doc.select("img").attr("src")).isEqualTo("pic.png");
        assertThat(doc.select("a[href=https://cdn.example/a.png]").text()).isEqualTo("圖");
    }
}
