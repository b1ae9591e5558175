package org.duidu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML Duidu makes itself for the parallel view's diff marks: exact markup, content always escaped. */
class RubyMarkupTest {
    @Test
    void diffMarksAreJoinedIntoOneEscapedRunAndGarbledRunsStayForTheTemplate() {
        List<Views.Run> runs = List.of(new Views.Run("text", "<i>", ""), new Views.Run("diff", "發", ""),
                new Views.Run("garbled", "锟斤拷", ""), new Views.Run("diff", "&\"'", ""));
        List<Views.Run> out = RubyMarkup.coalesce(runs);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).text()).isEqualTo("<i>發");
        assertThat(out.get(0).html()).isEqualTo("&lt;i&gt;<mark class=\"diff\">發</mark>");
        assertThat(out.get(1)).isEqualTo(runs.get(2));
        assertThat(out.get(2).html()).isEqualTo("<mark class=\"diff\">&amp;&quot;&#39;</mark>");
    }

    @Test
    void rubyInsideADiffMarkKeepsItsReadings() {
        Views.Run run = new Views.Run("diff", "經濟、", "", 0, List.of(new Views.Ruby("", "經濟", List.of("jīng", "jì")),
                new Views.Ruby("、", "", List.of())));
        List<Views.Run> out = RubyMarkup.coalesce(List.of(run));
        assertThat(out).singleElement().extracting(Views.Run::html)
                .isEqualTo("<mark class=\"diff\"><ruby>經<rt>jīng</rt>濟<rt>jì</rt></ruby>、</mark>");
    }

    @Test
    void aReadingFromTheDataIsEscapedToo() {
        Views.Run run = new Views.Run("text", "字", "", 0, List.of(new Views.Ruby("", "字", List.of("<img src=x onerror=alert(1)>"))));
        assertThat(RubyMarkup.coalesce(List.of(run)).get(0).html()).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void aHugeParagraphIsLeftToTheTemplate() {
        List<Views.Run> runs = List.of(new Views.Run("text", "字".repeat(Differ.MAX_MARKED + 1), ""));
        assertThat(RubyMarkup.coalesce(runs)).isSameAs(runs);
    }
}
