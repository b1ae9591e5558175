package org.duidu.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis shared by the Lucene index, the query and {@code search.js} (which repeats these
 * rules line by line; change both together).
 *
 * <ol>
 *   <li>Fold every code point ({@link ScriptFold}); each folded code point remembers the source
 *       characters it came from.</li>
 *   <li>Every letter or digit ({@code \p{L}\p{N}}: Han characters are letters) is a unit; anything
 *       else separates units and takes no position.</li>
 *   <li>At each unit's position emit its unigram, then its bigram with the next unit if that follows
 *       directly (no separator between).</li>
 * </ol>
 * Unigrams of every character are indexed (not only of isolated ones) so that a query that starts
 * or ends inside a run of text, such as {@code ，推} or a single character, still matches; digits and
 * Latin letters are units too, so {@code 36} finds {@code 360°}: every substring of a paragraph finds it.
 */
final class Tokenization {
    private Tokenization() {
    }

    /** The tokens of {@code text}, in position order (a list: for short texts; long ones go through {@link TokenCursor}). */
    static List<Token> tokenize(String text, ScriptFold fold) {
        List<Token> tokens = new ArrayList<>();
        TokenCursor cursor = new TokenCursor(fold).reset(new StringReader(text));
        try {
            while (cursor.next()) {
                tokens.add(cursor.token());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
        return tokens;
    }

    /**
     * The phrase a query word stands for: its bigrams, plus unigrams for characters no bigram
     * covers, each at its position relative to the first. Empty when the word has no letters or digits.
     */
    static List<Token> phrase(String word, ScriptFold fold) {
        List<Token> tokens = tokenize(word, fold);
        List<Token> phrase = new ArrayList<>();
        int coveredThrough = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean bigramFollows = i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.BIGRAM;
            if (token.kind() == Token.Kind.BIGRAM) {
                phrase.add(token);
                coveredThrough = token.position() + 1;
            } else if (!bigramFollows && token.position() > coveredThrough) {
                phrase.add(token);
            }
        }
        if (phrase.isEmpty()) {
            return phrase;
        }
        int first = phrase.get(0).position();
        return phrase.stream()
                .map(t -> new Token(t.term(), t.kind(), t.position() - first, t.start(), t.end()))
                .toList();
    }

    /** Letters and numbers of every kind ({@code [\p{L}\p{N}]} in JavaScript). */
    static boolean isLetterOrDigit(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
