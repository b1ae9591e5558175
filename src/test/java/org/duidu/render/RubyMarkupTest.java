package org.duidu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML Duidu makes itself for pinyin and diff marks: exact markup, and content always escaped. */
class RubyMarkupTest {
    @Test
    void hanCharactersWithReadingsShareOneRubyElementOtherTextIsEscaped() {
        String text = "經濟<b>&\"x'";
        List<String> readings = List.of("jīng", "jì", "", "", "", "", "", "", "", "", "");
        String html = RubyMarkup.of(text.codePoints().toArray(), readings, 0);
        assertThat(html).isEqualTo("<ruby>經<rt class=\"t1\">jīng</rt>濟<rt class=\"t4\">jì</rt></ruby>"
                + "&lt;b&gt;&amp;&quot;x&#39;");
    }

    @Test
    void readingsAreTakenFromTheRunsOffsetAndNeutralToneIsFive() {
        String html = RubyMarkup.of("的".codePoints().toArray(), List.of("hǎo", "de"), 1);
        assertThat(html).isEqualTo("<ruby>的<rt class=\"t5\">de</rt></ruby>");
    }

    @Test
    void aReadingFromTheDataIsEscapedToo() {
        String html = RubyMarkup.of("字".codePoints().toArray(), List.of("<img src=x onerror=alert(1)>"), 0);
        assertThat(html).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void coalescedDiffMarksAreEscapedAndKeepGarbledRunsForTheTemplate() {
        List<Views.Run> runs = List.of(new Views.Run("text", "<i>", ""), new Views.Run("diff", "發", ""),
                new Views.Run("garbled", "锟斤拷", ""), new Views.Run("diff", "&", ""));
        List<Views.Run> out = RubyMarkup.coalesce(runs);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).text()).isEqualTo("<i>發");
        assertThat(out.get(0).html()).isEqualTo("&lt;i&gt;<mark class=\"diff\">發</mark>");
        assertThat(out.get(1)).isEqualTo(runs.get(2));
        assertThat(out.get(2).html()).isEqualTo("<mark class=\"diff\">&amp;</mark>");
    }
}
