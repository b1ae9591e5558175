package org.duidu.search;

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

    /** The tokens of {@code text}, in position order. */
    static List<Token> tokenize(String text, ScriptFold fold) {
        List<Unit> units = units(text, fold);
        List<Token> tokens = new ArrayList<>(units.size() * 2);
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            tokens.add(new Token(unit.text, Token.Kind.UNIGRAM, u, unit.start, unit.end));
            if (u + 1 < units.size() && units.get(u + 1).joinedToPrevious) {
                Unit next = units.get(u + 1);
                tokens.add(new Token(unit.text + next.text, Token.Kind.BIGRAM, u, unit.start, next.end));
            }
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

    private static List<Unit> units(String text, ScriptFold fold) {
        List<Unit> units = new ArrayList<>(text.length());
        boolean previousWasUnit = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded = fold.fold(cp);
            for (int j = 0; j < folded.length(); ) {
                int f = folded.codePointAt(j);
                j += Character.charCount(f);
                if (isLetterOrDigit(f)) {
                    units.add(new Unit(j - Character.charCount(f) == 0 && j == folded.length() ? folded
                            : new String(Character.toChars(f)), previousWasUnit, i, next));
                    previousWasUnit = true;
                } else {
                    previousWasUnit = false;
                }
            }
            i = next;
        }
        return units;
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

    /** A character that is a unit, with its source offsets. */
    private record Unit(String text, boolean joinedToPrevious, int start, int end) {
    }
}
