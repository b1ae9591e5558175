package org.duidu.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.util.List;

/**
 * Tokens already computed by {@link Tokenization}, replayed to Lucene as {@link FoldingBigramTokenizer}
 * would produce them: the indexer analyzes each value once, for the static index and for Lucene.
 */
final class TokenListStream extends TokenStream {
    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private final List<Token> tokens;
    private final int textLength;
    private int next;
    private int previousPosition = -1;

    TokenListStream(List<Token> tokens, int textLength) {
        this.tokens = tokens;
        this.textLength = textLength;
    }

    @Override
    public void reset() {
        next = 0;
        previousPosition = -1;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        Token token = tokens.get(next++);
        set(token, token.start(), token.end(), termAttribute, offsetAttribute, positionAttribute, previousPosition);
        previousPosition = token.position();
        return true;
    }

    /** Sets a token's attributes as both token streams of the analysis do. */
    static void set(Token token, int start, int end, CharTermAttribute term, OffsetAttribute offset,
                    PositionIncrementAttribute position, int previousPosition) {
        term.setEmpty().append(token.term());
        offset.setOffset(start, end);
        position.setPositionIncrement(token.position() - previousPosition);
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offsetAttribute.setOffset(textLength, textLength);
    }
}
