package org.duidu.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.duidu.config.HantStandard;
import org.duidu.model.Inline;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed with Hong Kong forms ({@code hant: hk}): it must equal the reviewed Taiwan edition except
 * for the characters where the two standards differ (listed here by hand), and it must use them.
 */
class SeedHongKongTest {
    /** Hong Kong form → Taiwan form, for the characters of the seed where the standards differ. */
    private static final Map<Character, Character> HK_TO_TW = Map.ofEntries(
            Map.entry('着', '著'), Map.entry('裏', '裡'), Map.entry('説', '說'), Map.entry('温', '溫'),
            Map.entry('衞', '衛'), Map.entry('綫', '線'), Map.entry('爲', '為'), Map.entry('脱', '脫'),
            Map.entry('税', '稅'), Map.entry('鋭', '銳'), Map.entry('羣', '群'));

    private static Publication hk;

    @BeforeAll
    static void convert() throws IOException {
        Converter converter = Converter.create(HantStandard.HONG_KONG, List.of());
        hk = converter.convert(SeedEditionsTest.interview(SeedEditionsTest.lines("000.source.txt")), List.of());
    }

    @Test
    void equalsTheTaiwanEditionUpToRegionalForms() throws IOException {
        List<String> taiwan = SeedEditionsTest.lines("000.hant.txt");
        List<Paragraph> paragraphs = hk.hant().paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            StringBuilder sb = new StringBuilder();
            paragraphs.get(i).inlines().stream().filter(x -> !(x instanceof Inline.Garbled)).forEach(x -> sb.append(x.text()));
            assertThat(toTaiwan(sb.toString())).as("p" + (i + 1)).isEqualTo(taiwan.get(i));
        }
    }

    @Test
    void usesHongKongForms() {
        String all = hk.hant().paragraphs().stream().map(Paragraph::text).reduce("", String::concat);
        assertThat(all).contains("承擔着", "着力", "羣眾").doesNotContain("著力");
    }

    private static String toTaiwan(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(HK_TO_TW.getOrDefault(c, c));
        }
        return sb.toString();
    }
}
