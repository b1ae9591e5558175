package org.duidu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.duidu.SeedFixture;
import org.duidu.diag.Diagnostic;
import org.duidu.diag.Diagnostics;
import org.duidu.diag.Severity;
import org.duidu.ingest.Ingest;
import org.duidu.model.Erratum;
import org.duidu.model.Inline;
import org.duidu.model.Interview;
import org.duidu.model.Paragraph;
import org.duidu.model.Reading;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cleaning the real seed: its 232 annotations and its one garbled span. */
class CleanerSeedTest {
    /** Any bracketed lower-case latin run: what a leftover annotation would look like. */
    private static final Pattern LEFTOVER = Pattern.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]");
    private static Interview raw;
    private static Interview cleaned;
    private static Diagnostics diagnostics;

    @BeforeAll
    static void clean() {
        raw = Ingest.read(SeedFixture.siteDir(), SeedFixture.seed(), new Diagnostics()).orElseThrow().interview();
        diagnostics = new Diagnostics();
        cleaned = Cleaner.create().clean(raw, List.of(), diagnostics);
    }

    @Test
    void all232AnnotationsAreStrippedAndKeptAsReadings() {
        assertThat(cleaned.readings().count()).isEqualTo(232);
        for (Paragraph p : cleaned.paragraphs()) {
            assertThat(LEFTOVER.matcher(p.text()).find()).as("p%d: %s", p.number(), p.text()).isFalse();
        }
        assertThat(cleaned.interviewees().get(0).titles()).containsExactly("副省長", "沈撫示范區黨工委書記");
    }

    @Test
    void readingsPointAtTheirCharacters() {
        for (Paragraph p : cleaned.paragraphs()) {
            int[] cps = Inline.plain(p.inlines()).codePoints().toArray();
            for (Reading r : p.readings()) {
                assertThat(new String(cps, r.offset(), 1)).as("p%d %s", p.number(), r).isEqualTo(r.character());
            }
        }
        Paragraph lead = cleaned.lead().get(0);
        // 省委十三屆四次全會和省委經(jīng)濟… — 經 is the 13th character (offset 12)
        assertThat(lead.readings().get(0)).isEqualTo(new Reading(12, "經", "jīng"));
        assertThat(lead.text()).startsWith("省委十三屆四次全會和省委經濟工作會議勝利閉幕后,");
    }

    @Test
    void theGarbledSpanIsReportedAtLine19Column54AndNothingElse() {
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo("garbled-text");
            assertThat(d.format()).startsWith("seeds/000_8e6aaae491def166.txt:19:54: warning: garbled-text: ");
            assertThat(d.message()).contains("?shù)母刹筷犖椋恢艽蛴舱?");
        });
    }

    @Test
    void theGarbledSpanIsAMarkedRunInParagraph19() {
        Paragraph p19 = cleaned.paragraphs().get(18);
        List<Inline.Garbled> garbled = p19.inlines().stream().filter(i -> i instanceof Inline.Garbled).map(i -> (Inline.Garbled) i).toList();
        assertThat(garbled).singleElement().satisfies(g -> {
            assertThat(g.text()).isEqualTo("?shù)母刹筷犖椋恢艽蛴舱?");
            // re-reading the GBK bytes one byte later recovers the start of the intended 的干部隊伍
            assertThat(g.suggested()).startsWith("干部隊伍");
        });
        assertThat(p19.text()).contains("忠誠干凈擔當?shù)母刹筷犖椋恢艽蛴舱?、善打勝仗");
        assertThat(cleaned.paragraphs().stream().filter(p -> p.number() != 19)
                .flatMap(p -> p.inlines().stream()).filter(i -> i instanceof Inline.Garbled)).isEmpty();
    }

    @Test
    void anErratumReplacesTheGarbledSpanAsACorrection() {
        Diagnostics d = new Diagnostics();
        Erratum fix = new Erratum("?shù)母刹筷犖椋恢艽蛴舱?", "的干部隊伍，一支能打硬仗", "原文亂碼，據文意校正", 3);
        Interview corrected = Cleaner.create().clean(raw, List.of(fix), d);
        assertThat(d.all()).isEmpty();
        Paragraph p19 = corrected.paragraphs().get(18);
        assertThat(p19.text()).contains("忠誠干凈擔當的干部隊伍，一支能打硬仗、善打勝仗");
        assertThat(p19.inlines()).filteredOn(i -> i instanceof Inline.Correction).singleElement()
                .isEqualTo(new Inline.Correction("的干部隊伍，一支能打硬仗", "?shù)母刹筷犖椋恢艽蛴舱?", "原文亂碼，據文意校正"));
    }

    @Test
    void anUnusedErratumIsAWarningAtItsSidecarLine() {
        Diagnostics d = new Diagnostics();
        Cleaner.create().clean(raw, List.of(new Erratum("不存在的文字", "x", "", 7)), d);
        assertThat(d.all()).extracting(Diagnostic::format)
                .contains("seeds/000_8e6aaae491def166.yaml:7:1: warning: erratum-unused: erratum find: '不存在的文字' matches no text in seeds/000_8e6aaae491def166.txt");
    }

    @Test
    void cleaningIsIdempotent() {
        Interview again = Cleaner.create().clean(cleaned, List.of(), new Diagnostics());
        assertThat(again.paragraphs()).extracting(Paragraph::text).isEqualTo(cleaned.paragraphs().stream().map(Paragraph::text).toList());
    }
}
