package org.duidu.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.duidu.config.HantStandard;
import org.duidu.model.ConversionRule;
import org.duidu.model.Inline;
import org.duidu.model.Interview;
import org.duidu.model.Metadata;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.duidu.model.Role;
import org.duidu.model.Section;
import org.duidu.model.SourceScript;
import org.duidu.model.SourceSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rule layers 3 and 4, script detection, Hong Kong forms, verbatim runs. */
class ConverterTest {
    private static Converter taiwan;

    @BeforeAll
    static void load() {
        taiwan = Converter.create(HantStandard.TAIWAN, List.of());
    }

    private static Interview interview(Inline... inlines) {
        Paragraph p = new Paragraph(1, Role.ANSWER, "答", false, List.of(inlines), List.of(), new SourceSpan("x.txt", 1, 1));
        return new Interview("x", "seeds/x.txt", new Metadata("標題", Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(), List.of(), List.of(new Section(1, List.of(p))));
    }

    @Test
    void glossaryRuleWinsOverTheEngineInBothDirections() {
        Converter c = Converter.create(HantStandard.TAIWAN, List.of(new ConversionRule("软件", "軟體", "glossary.yaml:1")));
        assertThat(c.toHant("这个软件")).isEqualTo("這個軟體");
        assertThat(c.toHans("這個軟體")).isEqualTo("这个软件");
        assertThat(taiwan.toHant("这个软件")).isEqualTo("這個軟件");
    }

    @Test
    void keepRuleStopsConversionOfAName() {
        Converter c = Converter.create(HantStandard.TAIWAN, List.of(new ConversionRule("乾隆通寶", "乾隆通寶", "glossary.yaml:1")));
        assertThat(c.toHans("一枚乾隆通寶")).isEqualTo("一枚乾隆通寶");
    }

    @Test
    void interviewRuleOverridesTheGlossary() {
        Converter c = Converter.create(HantStandard.TAIWAN, List.of(new ConversionRule("沈抚", "瀋撫", "glossary.yaml:1")));
        Publication p = c.convert(interview(new Inline.Text("沈撫示範區")), List.of(new ConversionRule("沈抚", "沈撫", "x.yaml:3")));
        assertThat(p.hant().paragraphs().get(0).text()).isEqualTo("沈撫示範區");
        assertThat(p.hans().paragraphs().get(0).text()).isEqualTo("沈抚示范区");
    }

    @Test
    void verbatimAndGarbledRunsAreNotConverted() {
        Publication p = taiwan.convert(interview(new Inline.Text("頭髮"), new Inline.Verbatim("乾", "乾", "乾"),
                new Inline.Garbled("鍛瀹", new SourceSpan("x.txt", 1, 3), "")), List.of());
        assertThat(p.hans().paragraphs().get(0).inlines()).containsExactly(new Inline.Text("头发"),
                new Inline.Verbatim("乾", "乾", "乾"), new Inline.Garbled("鍛瀹", new SourceSpan("x.txt", 1, 3), ""));
        assertThat(p.hans().metadata().title()).isEqualTo("标题");
    }

    @Test
    void simplifiedSeedIsItsOwnZhHans() {
        Publication p = taiwan.convert(interview(new Inline.Text("我们的干部著作很多，乾隆年间的事。")), List.of());
        assertThat(p.script()).isEqualTo(SourceScript.SIMPLIFIED);
        assertThat(p.hans().paragraphs().get(0).text()).isEqualTo("我们的干部著作很多，乾隆年间的事。");
        assertThat(p.hant().paragraphs().get(0).text()).isEqualTo("我們的幹部著作很多，乾隆年間的事。");
    }

    @Test
    void detectsScripts() {
        assertThat(taiwan.detect("這裡的人們說話")).isEqualTo(SourceScript.TRADITIONAL);
        assertThat(taiwan.detect("这里的人们说话")).isEqualTo(SourceScript.SIMPLIFIED);
        assertThat(taiwan.detect("這裡的人們说话，这里的人")).isEqualTo(SourceScript.MIXED);
        // characters both scripts share (干, 后, 于) do not make a text Simplified
        assertThat(taiwan.detect("關于今后的幹部")).isEqualTo(SourceScript.TRADITIONAL);
    }

    @Test
    void hongKongStandardUsesHongKongForms() {
        Converter hk = Converter.create(HantStandard.HONG_KONG, List.of());
        assertThat(hk.toHant("里面的说法，为了温度")).isEqualTo("裏面的説法，為了温度");
        assertThat(taiwan.toHant("里面的说法，为了温度")).isEqualTo("裡面的說法，為了溫度");
    }

    @Test
    void mixedPseudoTraditionalIsRepaired() {
        assertThat(taiwan.toHant("關于今后采訪示范區的干部,奮斗批復")).isEqualTo("關於今後採訪示範區的幹部,奮鬥批覆");
    }
}
