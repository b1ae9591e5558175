package org.duidu.search;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Lucene's view of {@link Tokenization}. An indexed value streams through {@link TokenCursor} (no
 * list of its tokens, whatever its length); a query word, which is short, is read whole to find its
 * phrase. Folds the text itself, so it gives the same tokens with or without
 * {@link ScriptFoldCharFilter} before it (the fold is idempotent: {@code FoldIdempotenceTest}).
 */
final class FoldingBigramTokenizer extends Tokenizer {
    private final boolean queryWord;
    private final ScriptFold fold;
    private final TokenCursor cursor;
    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private Iterator<Token> phrase;
    private int previousPosition;
    private int lastOffset;

    /** With {@code queryWord}, the input is one query word and the tokens are its phrase. */
    FoldingBigramTokenizer(AttributeFactory factory, ScriptFold fold, boolean queryWord) {
        super(factory);
        this.fold = fold;
        this.queryWord = queryWord;
        this.cursor = new TokenCursor(fold);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousPosition = -1;
        lastOffset = 0;
        if (queryWord) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[256];
            for (int n; (n = input.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            lastOffset = text.length();
            phrase = Tokenization.phrase(text.toString(), fold).iterator();
        } else {
            cursor.reset(input);
        }
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        int position;
        if (queryWord) {
            if (!phrase.hasNext()) {
                return false;
            }
            Token token = phrase.next();
            termAttribute.append(token.term());
            offsetAttribute.setOffset(correctOffset(token.start()), correctOffset(token.end()));
            position = token.position();
        } else {
            if (!cursor.next()) {
                return false;
            }
            cursor.term(termAttribute);
            offsetAttribute.setOffset(correctOffset(cursor.start()), correctOffset(cursor.end()));
            position = cursor.position();
        }
        positionAttribute.setPositionIncrement(position - previousPosition);
        previousPosition = position;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        if (!queryWord) {
            lastOffset = cursor.drain(); // the offset after the whole input, trailing punctuation included
        }
        int finalOffset = correctOffset(lastOffset);
        offsetAttribute.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        phrase = null;
    }
}
