package org.duidu.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.StringReader;

/**
 * One value of a paragraph's analyzed text field, tokenized once: Lucene's inverter reads the tokens
 * (the same terms, positions and offsets as {@link FoldingBigramTokenizer} gives), and each token is
 * handed, as it is read, to the interview's static postings ({@link Sink}). So a paragraph is
 * analyzed once for both indexes, streaming (a value of any length in constant memory).
 */
final class TeeTokenStream extends TokenStream {
    /** Where the tokens also go. */
    interface Sink {
        /** Value {@code value} of paragraph {@code paragraph} starts. */
        void startValue(int paragraph, int value);

        /** A token: its term ({@link TokenCursor#termKey}) and its position in the value. */
        void token(long termKey, int position);
    }

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private final TokenCursor cursor;
    private final String text;
    private final Sink sink;
    private final int paragraph;
    private final int value;
    private int previousPosition;

    TeeTokenStream(TokenCursor cursor, String text, Sink sink, int paragraph, int value) {
        this.cursor = cursor;
        this.text = text;
        this.sink = sink;
        this.paragraph = paragraph;
        this.value = value;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        // one cursor serves an interview's values: Lucene reads them one after another
        cursor.reset(new StringReader(text));
        previousPosition = -1;
        sink.startValue(paragraph, value);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!cursor.next()) {
            return false;
        }
        cursor.term(termAttribute);
        offsetAttribute.setOffset(cursor.start(), cursor.end());
        int position = cursor.position();
        positionAttribute.setPositionIncrement(position - previousPosition);
        previousPosition = position;
        sink.token(cursor.termKey(), position);
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = cursor.drain();
        offsetAttribute.setOffset(finalOffset, finalOffset);
    }
}
