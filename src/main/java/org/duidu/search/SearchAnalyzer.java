package org.duidu.search;

import org.apache.lucene.analysis.Analyzer;

/** The one analyzer for index and query (see {@link Tokenization}). */
final class SearchAnalyzer extends Analyzer {
    /** Keeps a phrase from matching across the edition forms indexed in one field. */
    static final int VALUE_GAP = 100;

    private final ScriptFold fold;

    SearchAnalyzer(ScriptFold fold) {
        this.fold = fold;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new FoldingBigramTokenizer(fold));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }

    @Override
    public int getOffsetGap(String fieldName) {
        return 1;
    }
}
