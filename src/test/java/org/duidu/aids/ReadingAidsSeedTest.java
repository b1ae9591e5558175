package org.duidu.aids;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.duidu.config.ConfigLoader;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Aids;
import org.duidu.model.Edition;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.duidu.model.Reading;
import org.duidu.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's 232 glued annotations (經(jīng)濟) are an exact oracle for the readings in context. */
class ReadingAidsSeedTest {
    private static Publication seed;
    private static Aids aids;

    @BeforeAll
    static void build() {
        List<Publication> all = SiteBuilder.prepare(ConfigLoader.load(Path.of("."), Path.of("target/aids-fixture-out")),
                new Diagnostics()).publications();
        seed = all.stream().filter(p -> p.slug().equals("000_8e6aaae491def166")).findFirst().orElseThrow();
        aids = ReadingAids.load().annotate(seed);
    }

    @Test
    void everyAnnotationOfTheSeedIsTheReadingInBothEditions() {
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Edition e : Edition.values()) {
            for (Paragraph p : seed.in(e).paragraphs()) {
                List<String> readings = aids.readings(e, p.number());
                assertThat(readings).hasSize(p.text().codePointCount(0, p.text().length()));
                for (Reading r : p.readings()) {
                    checked++;
                    String got = readings.get(r.offset());
                    if (!got.equals(r.pinyin())) {
                        int from = Math.max(0, r.offset() - 4);
                        wrong.add(e.tag() + " p" + p.number() + " " + p.text().substring(from, Math.min(p.text().length(), r.offset() + 4))
                                + ": " + r.character() + " is " + r.pinyin() + ", got " + got);
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 232);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theTraditionalEditionReadsLikeTheSimplifiedOne() {
        for (Paragraph p : seed.hans().paragraphs()) {
            assertThat(aids.readings(Edition.HANT, p.number())).isEqualTo(aids.readings(Edition.HANS, p.number()));
        }
        // 經濟 in the zh-Hant lead, 经济 in the zh-Hans lead: jīng jì in both
        String hant = seed.hant().paragraphs().get(0).text();
        int at = hant.indexOf("經濟");
        assertThat(aids.readings(Edition.HANT, 1).subList(at, at + 2)).containsExactly("jīng", "jì");
    }
}
