package org.duidu.search;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;

import java.io.IOException;
import java.util.List;

/**
 * Lucene's view of {@link Tokenization}: paragraphs are short, so the whole value is read at once.
 * Folds the text itself, so it gives the same tokens with or without {@link ScriptFoldCharFilter}
 * before it (the fold is idempotent: {@code FoldIdempotenceTest}).
 */
final class FoldingBigramTokenizer extends Tokenizer {
    private final ScriptFold fold;
    private final boolean queryWord;
    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private List<Token> tokens = List.of();
    private int next;
    private int previousPosition;
    private int textLength;

    /** With {@code queryWord}, the input is one query word and the tokens are its phrase. */
    FoldingBigramTokenizer(AttributeFactory factory, ScriptFold fold, boolean queryWord) {
        super(factory);
        this.fold = fold;
        this.queryWord = queryWord;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n; (n = input.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        textLength = text.length();
        tokens = queryWord ? Tokenization.phrase(text.toString(), fold) : Tokenization.tokenize(text.toString(), fold);
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
        TokenListStream.set(token, correctOffset(token.start()), correctOffset(token.end()), termAttribute, offsetAttribute,
                positionAttribute, previousPosition);
        previousPosition = token.position();
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(textLength);
        offsetAttribute.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        tokens = List.of();
    }
}
