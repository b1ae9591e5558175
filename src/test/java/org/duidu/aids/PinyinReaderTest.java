package org.duidu.aids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.duidu.config.RuleFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PinyinReaderTest {
    private static PinyinReader reader;

    @BeforeAll
    static void load() {
        reader = PinyinReader.builtIn();
    }

    /** The reading of {@code word} where it first stands in {@code sentence}. */
    private static String readingIn(String sentence, String word) {
        List<String> all = reader.read(sentence);
        int at = sentence.codePointCount(0, sentence.indexOf(word));
        return String.join(" ", all.subList(at, at + word.codePointCount(0, word.length())));
    }

    @Test
    void everyPhraseOfTheHandWrittenPolyphoneSetGetsItsReading() {
        List<String> lines = RuleFile.lines(PinyinReaderTest.class, "polyphones.tsv");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(100);
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            String got = readingIn(f[0], f[1]);
            if (!got.equals(f[2])) {
                wrong.add(f[0] + " " + f[1] + ": expected " + f[2] + ", got " + got);
            }
        }
        assertThat(wrong).as("polyphones read wrongly").isEmpty();
    }

    @Test
    void everyCorrectionHoldsInItsExample() {
        for (PinyinReader.Correction c : PinyinReader.corrections()) {
            assertThat(readingIn(c.example(), c.phrase())).as(c.example()).isEqualTo(c.readings());
        }
    }

    @Test
    void aCorrectionTakesPartInSegmentationSoItNeverSplitsAWord() {
        // 行长 is a correction, but in 银行长期 the segmentation is 银行|长期
        assertThat(readingIn("银行长期贷款", "银行长期")).isEqualTo("yín háng cháng qī");
    }

    @Test
    void charactersThatAreNotHanHaveNoReading() {
        assertThat(reader.read("GDP增长5%。")).containsExactly("", "", "", "zēng", "zhǎng", "", "", "");
    }
}
