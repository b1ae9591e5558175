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

    @Test
    void aSurrogatePairAcrossTheReadBufferIsOneCharacter() {
        // 4,095 letters fill the cursor's 4,096-char buffer but one: U+20000 (two chars) straddles the refill
        String text = "a".repeat(4095) + "\uD840\uDC00b";
        List<Token> tokens = Tokenization.tokenize(text, fold);
        assertThat(tokens).hasSize(4097 * 2 - 1);
        assertThat(tokens.subList(tokens.size() - 4, tokens.size())).containsExactly(
                new Token("a\uD840\uDC00", Token.Kind.BIGRAM, 4094, 4094, 4097),
                new Token("\uD840\uDC00", Token.Kind.UNIGRAM, 4095, 4095, 4097),
                new Token("\uD840\uDC00b", Token.Kind.BIGRAM, 4095, 4095, 4098),
                new Token("b", Token.Kind.UNIGRAM, 4096, 4097, 4098));
    }

    @Test
    void aFoldIntoSeveralLettersGivesEachTheSourceCharactersOffsets() {
        // NFKC of ㍿ is 株式会社: four units, each pointing at the one source character
        assertThat(Tokenization.tokenize("。㍿", fold)).startsWith(
                new Token("株", Token.Kind.UNIGRAM, 0, 1, 2),
                new Token("株式", Token.Kind.BIGRAM, 0, 1, 2));
        assertThat(terms(Tokenization.tokenize("㍿。a", fold)))
                .containsExactly("株@0", "株式@0", "式@1", "式会@1", "会@2", "会社@2", "社@3", "a@4");
    }
}
