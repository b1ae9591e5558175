package org.duidu.search;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * Applies {@link ScriptFold} to the text before the tokenizer sees it, correcting offsets back to
 * the source (a fold may change a character's UTF-16 length: NFKC of ㍿ is 株式会社). Reads and folds
 * the input a chunk at a time, so a value of any length streams through.
 */
final class ScriptFoldCharFilter extends BaseCharFilter {
    private static final int CHUNK = 4096;

    private final ScriptFold fold;
    private final char[] chunk = new char[CHUNK + 1];
    /** Folded text not yet handed out, from {@code next}. */
    private final StringBuilder folded = new StringBuilder();
    private int next;
    /** UTF-16 offsets of the end of what was read and of what was folded from it. */
    private int sourceOffset;
    private int foldedOffset;
    private boolean ended;

    ScriptFoldCharFilter(Reader input, ScriptFold fold) {
        super(input);
        this.fold = fold;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (next >= folded.length()) {
            if (ended) {
                return -1;
            }
            folded.setLength(0);
            next = 0;
            foldChunk();
        }
        int n = Math.min(length, folded.length() - next);
        folded.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    private void foldChunk() throws IOException {
        int n = input.read(chunk, 0, CHUNK);
        if (n < 0) {
            ended = true;
            return;
        }
        if (n > 0 && Character.isHighSurrogate(chunk[n - 1])) {
            // never split a surrogate pair between chunks
            int low = input.read();
            if (low >= 0) {
                chunk[n++] = (char) low;
            }
        }
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(chunk, i, n);
            int sourceLength = Character.charCount(cp);
            String f = fold.fold(cp);
            folded.append(f);
            if (f.length() != sourceLength) {
                // offsets inside the fold of one character map to its start, the offset after it to
                // its end, so that corrected offsets never decrease
                int o = foldedOffset;
                int source = sourceOffset + i;
                for (int k = 1; k < f.length(); k++) {
                    addOffCorrectMap(o + k, source - (o + k));
                }
                addOffCorrectMap(o + f.length(), source + sourceLength - (o + f.length()));
            }
            foldedOffset += f.length();
            i += sourceLength;
        }
        sourceOffset += n;
    }
}
