package org.duidu.aids;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.duidu.config.ConfigLoader;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Aids;
import org.duidu.model.Edition;
import org.duidu.model.Publication;
import org.duidu.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The terms of the seed, against a list written by hand from reading seeds/000_8e6aaae491def166.txt. */
class TermFinderSeedTest {
    /**
     * Every phrase the seed puts in “…”, in order of first appearance, written in zh-Hans by hand
     * (the seed's half-width commas kept). The seed's one quoted sentence (习近平's “全面建设…干部队伍。”)
     * is a citation, not a term.
     */
    static final List<String> QUOTED = List.of("两个确立", "四个意识", "四个自信", "两个维护", "七个聚焦", "三区一引擎",
            "五大任务", "解放思想、先行先试,勇立潮头、敢于担当,埋头苦干、追求卓越", "辽沈战役", "四个定位", "试验田", "十大领域改革",
            "改革创新示范", "沈抚样本", "全生命周期", "三篇大文章", "新字号", "老字号", "卡脖子", "四宜", "一老一幼", "先头野战部队",
            "效能监察+全员绩效考核", "三个区分开来", "护林员", "大楼立起来,干部倒下去");

    /**
     * Every number+个/大/项+noun slogan the seed writes without quotes, in order of first appearance,
     * written by hand (grep of the seed for a numeral before 个/大/项/条, read one by one): 六大主导产业 is
     * whole (a modifier and a head noun; twice, both in p16), not cut to 六大主导.
     */
    static final List<String> NUMBERED = List.of("二十大精神", "二十大报告", "六大主导产业", "六大园区");

    private static Publication seed;
    private static List<Aids.Term> terms;

    @BeforeAll
    static void build() {
        seed = SiteBuilder.prepare(ConfigLoader.load(Path.of("."), Path.of("target/aids-fixture-out")), new Diagnostics())
                .publications().get(0);
        terms = ReadingAids.load().annotate(seed).terms();
    }

    @Test
    void everyQuotedPhraseOfTheSeedIsATerm() {
        assertThat(terms.stream().filter(t -> t.kind().equals("quoted")).map(Aids.Term::hans).toList()).isEqualTo(QUOTED);
    }

    @Test
    void numberedSlogansWithoutQuotesAreTermsToo() {
        List<String> numbered = terms.stream().filter(t -> t.kind().equals("numbered")).map(Aids.Term::hans).toList();
        assertThat(numbered).isEqualTo(NUMBERED)
                // an article, an ordinal (第二个百年), a function word after the number, a part of a quoted phrase, a cut slogan
                .doesNotContain("一个时期", "二个百年", "二十大是在", "十大领域", "三个区分", "六大主导");
        Aids.Term sixIndustries = terms.stream().filter(t -> t.hans().equals("六大主导产业")).findFirst().orElseThrow();
        assertThat(sixIndustries.hant()).isEqualTo("六大主導產業");
        assertThat(sixIndustries.occurrences(Edition.HANS)).extracting(Aids.Occurrence::paragraph).containsExactly(16, 16);
    }

    @Test
    void occurrencesAreCountedInBothEditionsWithTheTraditionalForm() {
        Aids.Term twoEstablishments = terms.stream().filter(t -> t.hans().equals("两个确立")).findFirst().orElseThrow();
        assertThat(twoEstablishments.hant()).isEqualTo("兩個確立");
        // both mentions stand in p4, the seed's line 4 (一是坚持政治引领…)
        assertThat(twoEstablishments.occurrences(Edition.HANS)).extracting(Aids.Occurrence::paragraph).containsExactly(4, 4);
        assertThat(twoEstablishments.occurrences(Edition.HANT)).isEqualTo(twoEstablishments.occurrences(Edition.HANS));
        String p = seed.hant().paragraphs().get(3).text();
        int at = twoEstablishments.occurrences(Edition.HANT).get(0).offset();
        assertThat(p.substring(p.offsetByCodePoints(0, at), p.offsetByCodePoints(0, at + 4))).isEqualTo("兩個確立");
    }
}
