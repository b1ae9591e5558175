package org.duidu.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duidu.config.HantStandard;
import org.duidu.model.Publication;
import org.junit.jupiter.api.Test;

/** The conversion report lists every one-to-many character of the seed with the choice made. */
class ConversionReportTest {
    @Test
    void listsChoicesInContext() throws Exception {
        Converter c = Converter.create(HantStandard.TAIWAN, List.of());
        Publication p = c.convert(SeedEditionsTest.interview(SeedEditionsTest.lines("000.source.txt")), List.of());
        ConversionReport report = c.report(List.of(p));

        // 干 occurs as 幹部 (cadre) and as 乾淨 (clean): both choices are listed, with context
        assertThat(report.hantChoices()).anySatisfy(e -> {
            assertThat(e.character()).isEqualTo("干");
            assertThat(e.choice()).isEqualTo("乾");
            assertThat(e.context()).contains("【干】净");
        });
        assertThat(report.hantChoices()).filteredOn(e -> e.character().equals("征")).extracting(e -> e.choice())
                .containsOnly("征");
        // the source's 著 (著力, 承擔著) became 着
        assertThat(report.hansChoices()).filteredOn(e -> e.character().equals("著")).extracting(e -> e.choice())
                .containsOnly("着").hasSize(6);
        String text = report.format();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/seed-conversion-report.txt"), text);
        assertThat(text).contains("干 → 乾 ×2 幹 ×21").contains("000#p19").contains("著 → 着 ×6");
    }
}
