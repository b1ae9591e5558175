package org.duidu.search;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * Applies {@link ScriptFold} to the text before the tokenizer sees it, correcting offsets back to
 * the source (a fold may change a character's UTF-16 length: NFKC of ㍿ is 株式会社). Paragraphs are
 * short, so the whole input is read and folded on the first read.
 */
final class ScriptFoldCharFilter extends BaseCharFilter {
    private final ScriptFold fold;
    private String folded;
    private int next;

    ScriptFoldCharFilter(Reader input, ScriptFold fold) {
        super(input);
        this.fold = fold;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            folded = foldAll();
        }
        if (next >= folded.length()) {
            return -1;
        }
        int n = Math.min(length, folded.length() - next);
        folded.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    private String foldAll() throws IOException {
        StringBuilder source = new StringBuilder();
        char[] chunk = new char[4096];
        for (int n; (n = input.read(chunk)) > 0; ) {
            source.append(chunk, 0, n);
        }
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); ) {
            int cp = Character.codePointAt(source, i);
            int sourceLength = Character.charCount(cp);
            String f = fold.fold(cp);
            int o = out.length();
            out.append(f);
            if (f.length() != sourceLength) {
                // offsets inside the fold of one character map to its start, the offset after it to
                // its end, so that corrected offsets never decrease
                for (int k = 1; k < f.length(); k++) {
                    addOffCorrectMap(o + k, i - (o + k));
                }
                addOffCorrectMap(o + f.length(), i + sourceLength - (o + f.length()));
            }
            i += sourceLength;
        }
        return out.toString();
    }
}
