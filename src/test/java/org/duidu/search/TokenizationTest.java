package org.duidu.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizationTest {
    private final ScriptFold fold = ScriptFold.standard();

    private List<String> terms(List<Token> tokens) {
        return tokens.stream().map(t -> t.term() + "@" + t.position()).toList();
    }

    @Test
    void traditionalTextIsFoldedThenSplitIntoUnigramsAndBigrams() {
        assertThat(terms(Tokenization.tokenize("營商環境", fold)))
                .containsExactly("营@0", "营商@0", "商@1", "商环@1", "环@2", "环境@2", "境@3");
    }

    @Test
    void separatorsBreakBigramsButNotPositions() {
        assertThat(terms(Tokenization.tokenize("沈撫 示範、3.0版", fold)))
                .containsExactly("沈@0", "沈抚@0", "抚@1", "示@2", "示范@2", "范@3", "3@4", "0@5", "0版@5", "版@6");
    }

    @Test
    void offsetsPointAtTheSourceCharacters() {
        List<Token> tokens = Tokenization.tokenize("a，營商", fold);
        Token bigram = tokens.stream().filter(t -> t.term().equals("营商")).findFirst().orElseThrow();
        assertThat(bigram.start()).isEqualTo(2);
        assertThat(bigram.end()).isEqualTo(4);
    }

    @Test
    void aQueryWordIsItsBigramsWithUnigramsOnlyWhereNoBigramCovers() {
        assertThat(terms(Tokenization.phrase("營商環境", fold))).containsExactly("营商@0", "商环@1", "环境@2");
        assertThat(terms(Tokenization.phrase("，推", fold))).containsExactly("推@0");
        assertThat(terms(Tokenization.phrase("進，推動", fold))).containsExactly("进@0", "推动@1");
        assertThat(terms(Tokenization.phrase("推動，進", fold))).containsExactly("推动@0", "进@2");
        assertThat(terms(Tokenization.phrase("3.0", fold))).containsExactly("3@0", "0@1");
        assertThat(terms(Tokenization.phrase("化36", fold))).containsExactly("化3@0", "36@1");
        assertThat(terms(Tokenization.phrase("（）：*", fold))).isEmpty();
    }

    @Test
    void fullWidthAndCaseAreNormalised() {
        assertThat(terms(Tokenization.phrase("ＡＢ３６０", fold))).containsExactly("ab@0", "b3@1", "36@2", "60@3");
    }

    @Test
    void variantsThatAreAlsoSimplifiedCharactersFoldToo() {
        // 批覆 (Taiwan) / 批复 (mainland), 著力 / 着力, 乾淨 / 干净, 瞭解 / 了解, 臺 / 台, 裡 / 里
        assertThat(fold.fold("批覆著力乾淨瞭解臺灣裡面")).isEqualTo(fold.fold("批复着力干净了解台湾里面"));
        assertThat(fold.fold("干部隊伍")).isEqualTo(fold.fold("幹部隊伍")).isEqualTo("干部队伍");
    }
}
