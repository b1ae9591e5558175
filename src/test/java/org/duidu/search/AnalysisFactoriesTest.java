package org.duidu.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.duidu.model.Interview;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The analysis as Lucene SPI factories (what the Solr configset names) and SearchAnalyzer built from them. */
class AnalysisFactoriesTest {
    private final ScriptFold fold = ScriptFold.standard();

    @Test
    void theFactoriesAreFoundByTheirSpiNames() {
        assertThat(CharFilterFactory.lookupClass("duiduScriptFold")).isEqualTo(ScriptFoldCharFilterFactory.class);
        assertThat(TokenizerFactory.lookupClass("duiduBigram")).isEqualTo(FoldingBigramTokenizerFactory.class);
        assertThat(CharFilterFactory.findSPIName(ScriptFoldCharFilterFactory.class)).isEqualTo(ScriptFoldCharFilterFactory.NAME);
        assertThatThrownBy(() -> TokenizerFactory.forName("duiduBigram", new java.util.HashMap<>(Map.of("mode", "fuzzy"))))
                .hasMessageContaining("mode must be index or query");
    }

    /** The char filter folds and the tokenizer folds again: that must change nothing. */
    @Test
    void foldingTwiceIsFoldingOnce() {
        List<String> changed = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String once = fold.fold(cp);
            if (!fold.fold(once).equals(once) && changed.size() < 10) {
                changed.add(Integer.toHexString(cp));
            }
        }
        assertThat(changed).isEmpty();
    }

    @Test
    void theAnalyzerGivesTokenizationsTokensForEverySeedParagraph() throws IOException {
        var seed = SeedFixture.publication();
        try (Analyzer analyzer = new SearchAnalyzer(fold)) {
            for (var edition : List.of(seed.source(), seed.hans(), seed.hant())) {
                for (Interview.Placed placed : edition.placedParagraphs()) {
                    String text = SearchIndexer.indexedText(placed.paragraph(), null);
                    List<String> expected = Tokenization.tokenize(text, fold).stream()
                            .map(t -> t.term() + "@" + t.position()).toList();
                    assertThat(terms(analyzer, text)).as(text).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void offsetsAfterAFoldThatChangesLengthPointAtTheSource() throws IOException {
        // ㍿ is NFKC 株式会社: four units from one source character (offsets are not indexed: only
        // those of the characters after it matter, for analysis tools)
        try (Analyzer analyzer = new SearchAnalyzer(fold)) {
            List<String> tokens = tokens(analyzer, "㍿營商");
            assertThat(terms(analyzer, "㍿營商")).containsExactly("株@0", "株式@0", "式@1", "式会@1", "会@2", "会社@2",
                    "社@3", "社营@3", "营@4", "营商@4", "商@5");
            assertThat(tokens).containsExactly("株@0[0,0)", "株式@0[0,0)", "式@1[0,0)", "式会@1[0,0)", "会@2[0,0)", "会社@2[0,1)",
                    "社@3[0,1)", "社营@3[0,2)", "营@4[1,2)", "营商@4[1,3)", "商@5[2,3)");
        }
    }

    @Test
    void aLongValueStreamsThroughTheCharFilterAndTokenizerWithSourceOffsets() throws IOException {
        // the char filter and the tokenizer read 4,096 chars at a time: ㍿ (folded to four characters)
        // opens the char filter's second chunk, and the offsets after it still point at the source
        String text = "a".repeat(4096) + "㍿營商。";
        try (Analyzer analyzer = new SearchAnalyzer(fold)) {
            List<String> tokens = tokens(analyzer, text);
            assertThat(tokens).hasSize(2 * 4102 - 1);
            assertThat(tokens.subList(0, 2)).containsExactly("a@0[0,1)", "aa@0[0,2)");
            assertThat(tokens.subList(tokens.size() - 3, tokens.size()))
                    .containsExactly("营@4100[4097,4098)", "营商@4100[4097,4099)", "商@4101[4098,4099)");
            try (TokenStream stream = analyzer.tokenStream("text", text)) {
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    // drain
                }
                stream.end();
                assertThat(offset.endOffset()).as("final offset: the whole value, 。 included").isEqualTo(text.length());
            }
        }
    }

    @Test
    void inQueryModeAWordBecomesItsPhrase() throws IOException {
        try (Analyzer query = CustomAnalyzer.builder()
                .addCharFilter("duiduScriptFold", new java.util.HashMap<>())
                .withTokenizer("duiduBigram", new java.util.HashMap<>(Map.of("mode", "query"))).build()) {
            assertThat(terms(query, "營商環境")).containsExactly("营商@0", "商环@1", "环境@2");
            assertThat(terms(query, "推動，進")).containsExactly("推动@0", "进@2");
            assertThat(terms(query, "，推")).containsExactly("推@0");
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            stream.end();
        }
        return out;
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, text).stream().map(t -> t.substring(0, t.indexOf('['))).toList();
    }
}
