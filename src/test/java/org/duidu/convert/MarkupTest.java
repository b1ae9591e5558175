package org.duidu.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.duidu.config.HantStandard;
import org.duidu.model.Edition;
import org.duidu.model.Inline;
import org.duidu.model.InlineMarkup;
import org.junit.jupiter.api.Test;

/** Inline -{…}- markup (rule layer 4 in Markdown seeds). */
class MarkupTest {
    @Test
    void parsesNoConversionAndPerEditionSpans() {
        assertThat(InlineMarkup.parse("甲-{乾隆通寶}-乙-{zh-hans:软件;zh-hant:軟體}-丙")).containsExactly(
                new Inline.Text("甲"), new Inline.Verbatim("乾隆通寶", "乾隆通寶", "乾隆通寶"), new Inline.Text("乙"),
                new Inline.Verbatim("軟體", "软件", "軟體"), new Inline.Text("丙"));
    }

    @Test
    void regionalVariantNamesCountAsEditions() {
        assertThat(InlineMarkup.parse("-{zh-cn:信息; zh-tw:資訊;}-"))
                .containsExactly(new Inline.Verbatim("資訊", "信息", "資訊"));
    }

    @Test
    void unterminatedMarkupIsPlainText() {
        assertThat(InlineMarkup.parse("頭髮-{乾")).containsExactly(new Inline.Text("頭髮-{乾"));
    }

    @Test
    void streamHonoursMarkupAcrossBlocks() throws Exception {
        Converter c = Converter.create(HantStandard.TAIWAN, List.of());
        String unit = "頭髮乾了，-{乾隆通寶，乾}-。";
        String text = unit.repeat(10_000); // well over one block
        StringWriter out = new StringWriter();
        c.convert(new StringReader(text), out, Edition.HANS, true);
        assertThat(out.toString()).isEqualTo("头发干了，乾隆通寶，乾。".repeat(10_000));
    }
}
