package org.duidu.search;

import java.io.IOException;
import java.io.Reader;

/**
 * The tokens of {@link Tokenization}, one at a time, read from a {@link Reader}: the one
 * implementation of the analysis behind the Lucene tokenizer, the static index's postings and
 * {@link Tokenization#tokenize}. It holds only the current unit and the next (a bigram needs to know
 * whether the next unit follows directly), so a paragraph of any length is analyzed in constant
 * memory (issue 9: a 20 MB one-line seed under {@code -Xmx512m}).
 */
final class TokenCursor {
    private static final int CHUNK = 4096;

    private final ScriptFold fold;
    private final char[] buffer = new char[CHUNK];
    private Reader input;
    private int length;
    private int read;
    /** UTF-16 offset of {@code buffer[read]} in the source. */
    private int offset;
    /** The fold of the source character being split into units, and how much of it is used. */
    private String folded = "";
    private int foldedAt;
    private int sourceStart;
    private int sourceEnd;
    private boolean previousWasUnit;
    private int units;

    private Unit current = new Unit();
    private Unit next = new Unit();
    private boolean hasCurrent;
    private boolean hasNext;
    /** 0: the current unit's unigram is due; 1: its bigram may be; 2: move on to the next unit. */
    private int phase;

    private Token.Kind kind;
    private int position;
    private int start;
    private int end;
    private int first;
    private int second;

    TokenCursor(ScriptFold fold) {
        this.fold = fold;
    }

    /** Starts over on {@code text}. */
    TokenCursor reset(Reader text) {
        input = text;
        length = 0;
        read = 0;
        offset = 0;
        folded = "";
        foldedAt = 0;
        previousWasUnit = false;
        units = 0;
        hasCurrent = false;
        hasNext = false;
        phase = 0;
        return this;
    }

    /** Moves to the next token; false at the end of the text. */
    boolean next() throws IOException {
        while (true) {
            if (!hasCurrent) {
                hasCurrent = unit(current);
                if (!hasCurrent) {
                    return false;
                }
                phase = 0;
            }
            if (phase == 0) {
                phase = 1;
                set(Token.Kind.UNIGRAM, current.start, current.end, current.codePoint, -1);
                return true;
            }
            if (phase == 1) {
                phase = 2;
                hasNext = unit(next);
                if (hasNext && next.joinedToPrevious) {
                    set(Token.Kind.BIGRAM, current.start, next.end, current.codePoint, next.codePoint);
                    return true;
                }
            }
            Unit done = current;
            current = next;
            next = done;
            hasCurrent = hasNext;
            hasNext = false;
            phase = 0;
        }
    }

    private void set(Token.Kind kind, int start, int end, int first, int second) {
        this.kind = kind;
        this.position = current.position;
        this.start = start;
        this.end = end;
        this.first = first;
        this.second = second;
    }

    /** What the current token is. */
    Token.Kind kind() {
        return kind;
    }

    /** The index of the current token's first unit in the text. */
    int position() {
        return position;
    }

    /** UTF-16 offset of the current token's first source character. */
    int start() {
        return start;
    }

    /** UTF-16 offset after the current token's last source character. */
    int end() {
        return end;
    }

    /** The current token's term. */
    String term() {
        return second < 0 ? new String(Character.toChars(first)) : new StringBuilder(4).appendCodePoint(first).appendCodePoint(second).toString();
    }

    /**
     * The current token's term as a number, {@code first·2²¹ + (second + 1)} (code points need 21
     * bits; a unigram's second is -1): a map key that costs no String per token.
     */
    long termKey() {
        return ((long) first << 21) | (second + 1);
    }

    /**
     * The {@link #termKey} of a term (one or two code points, as every term is).
     *
     * @throws IllegalArgumentException for any other string
     */
    static long termKey(String term) {
        int first = term.isEmpty() ? -1 : term.codePointAt(0);
        int next = Character.charCount(Math.max(first, 0));
        int second = next < term.length() ? term.codePointAt(next) : -1;
        if (first < 0 || (second >= 0 && next + Character.charCount(second) != term.length())) {
            throw new IllegalArgumentException("not a term of one or two characters: " + term);
        }
        return ((long) first << 21) | (second + 1);
    }

    /** The term a {@link #termKey} stands for. */
    static String term(long key) {
        int first = (int) (key >>> 21);
        int second = (int) (key & ((1 << 21) - 1)) - 1;
        StringBuilder term = new StringBuilder(4).appendCodePoint(first);
        return (second < 0 ? term : term.appendCodePoint(second)).toString();
    }

    /** Writes the current token's term into {@code out} (no String made). */
    void term(Appendable out) {
        try {
            append(out, first);
            if (second >= 0) {
                append(out, second);
            }
        } catch (IOException e) {
            throw new IllegalStateException("a term attribute does not fail", e);
        }
    }

    private static void append(Appendable out, int cp) throws IOException {
        if (Character.isBmpCodePoint(cp)) {
            out.append((char) cp);
        } else {
            out.append(Character.highSurrogate(cp)).append(Character.lowSurrogate(cp));
        }
    }

    /** The current token as a record. */
    Token token() {
        return new Token(term(), kind, position, start, end);
    }

    /** Reads the rest of the text without tokenizing it; returns the text's length in UTF-16 units. */
    int drain() throws IOException {
        offset += length - read;
        read = length;
        for (int n; (n = input.read(buffer, 0, buffer.length)) >= 0; ) {
            offset += n;
        }
        length = 0;
        return offset;
    }

    /** Reads the next unit (a letter or digit of the fold) into {@code unit}; false at the end. */
    private boolean unit(Unit unit) throws IOException {
        while (true) {
            while (foldedAt < folded.length()) {
                int f = folded.codePointAt(foldedAt);
                foldedAt += Character.charCount(f);
                if (Tokenization.isLetterOrDigit(f)) {
                    unit.codePoint = f;
                    unit.joinedToPrevious = previousWasUnit;
                    unit.start = sourceStart;
                    unit.end = sourceEnd;
                    unit.position = units++;
                    previousWasUnit = true;
                    return true;
                }
                previousWasUnit = false;
            }
            int cp = codePoint();
            if (cp < 0) {
                return false;
            }
            folded = fold.fold(cp);
            foldedAt = 0;
        }
    }

    /** The next source code point, with its offsets in {@code sourceStart}/{@code sourceEnd}; -1 at the end. */
    private int codePoint() throws IOException {
        int c = nextChar();
        if (c < 0) {
            return -1;
        }
        sourceStart = offset - 1;
        int cp = c;
        if (Character.isHighSurrogate((char) c)) {
            int low = peekChar();
            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                nextChar();
                cp = Character.toCodePoint((char) c, (char) low);
            }
        }
        sourceEnd = offset;
        return cp;
    }

    private int nextChar() throws IOException {
        if (!fill()) {
            return -1;
        }
        offset++;
        return buffer[read++];
    }

    private int peekChar() throws IOException {
        return fill() ? buffer[read] : -1;
    }

    private boolean fill() throws IOException {
        while (read >= length) {
            int n = input.read(buffer, 0, buffer.length);
            if (n < 0) {
                return false;
            }
            length = n;
            read = 0;
        }
        return true;
    }

    /** A letter or digit of the fold, with the offsets of the source character it came from. */
    private static final class Unit {
        int codePoint;
        boolean joinedToPrevious;
        int start;
        int end;
        int position;
    }
}
