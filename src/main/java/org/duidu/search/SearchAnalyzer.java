package org.duidu.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;

/**
 * The one analyzer for index and query (see {@link Tokenization}), assembled from the same SPI
 * factories the Solr configset names ({@link ScriptFoldCharFilterFactory}, then
 * {@link FoldingBigramTokenizerFactory}), so the local index and a Solr collection analyze alike.
 */
final class SearchAnalyzer extends AnalyzerWrapper {
    /** Keeps a phrase from matching across the edition forms indexed in one field. */
    static final int VALUE_GAP = 100;

    private final Analyzer chain;

    /** The analyzer; {@code fold} must be {@link ScriptFold#standard()}, the only fold the factories know. */
    SearchAnalyzer(ScriptFold fold) {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
        if (fold != ScriptFold.standard()) {
            throw new IllegalArgumentException("the analysis factories use the standard fold only");
        }
        try {
            chain = CustomAnalyzer.builder()
                    .addCharFilter(ScriptFoldCharFilterFactory.NAME, new HashMap<>())
                    .withTokenizer(FoldingBigramTokenizerFactory.NAME, new HashMap<>())
                    .withPositionIncrementGap(VALUE_GAP)
                    .withOffsetGap(1)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return chain;
    }

    @Override
    public void close() {
        chain.close();
        super.close();
    }
}
