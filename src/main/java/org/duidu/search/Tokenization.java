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
 *   <li>Cut the folded text into units: each CJK character (Han, kana, Hangul) is a unit, each
 *       maximal run of other letters and digits is a unit, everything else separates units.</li>
 *   <li>Emit, at the unit's position: a CJK unit's unigram, then its bigram with the next unit if
 *       that is CJK and directly adjacent; a letter/digit run as one term.</li>
 * </ol>
 * Unigrams of every CJK character are indexed (not only of isolated ones) so that a query that
 * starts or ends inside a run of text, such as {@code ，推} or a single character, still matches.
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
            if (!unit.cjk) {
                tokens.add(new Token(unit.text, Token.Kind.WORD, u, unit.start, unit.end));
                continue;
            }
            tokens.add(new Token(unit.text, Token.Kind.UNIGRAM, u, unit.start, unit.end));
            if (u + 1 < units.size() && units.get(u + 1).cjk && units.get(u + 1).joinedToPrevious) {
                Unit next = units.get(u + 1);
                tokens.add(new Token(unit.text + next.text, Token.Kind.BIGRAM, u, unit.start, next.end));
            }
        }
        return tokens;
    }

    /**
     * The phrase a query word stands for: its bigrams, plus unigrams for CJK characters no bigram
     * covers, plus its letter/digit runs, each at its position relative to the first. Empty when the
     * word has no letters, digits or CJK characters.
     */
    static List<Token> phrase(String word, ScriptFold fold) {
        List<Token> tokens = tokenize(word, fold);
        List<Token> phrase = new ArrayList<>();
        int coveredThrough = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean bigramFollows = i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.BIGRAM;
            switch (token.kind()) {
                case WORD -> phrase.add(token);
                case BIGRAM -> {
                    phrase.add(token);
                    coveredThrough = token.position() + 1;
                }
                case UNIGRAM -> {
                    if (!bigramFollows && token.position() > coveredThrough) {
                        phrase.add(token);
                    }
                }
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
        List<Unit> units = new ArrayList<>();
        StringBuilder word = null;
        int wordStart = 0;
        int wordEnd = 0;
        boolean wordJoined = false;
        boolean previousWasUnit = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded = fold.fold(cp);
            for (int j = 0; j < folded.length(); ) {
                int f = folded.codePointAt(j);
                j += Character.charCount(f);
                if (isCjk(f)) {
                    if (word != null) {
                        units.add(new Unit(word.toString(), false, wordJoined, wordStart, wordEnd));
                        word = null;
                    }
                    units.add(new Unit(new String(Character.toChars(f)), true, previousWasUnit, i, next));
                    previousWasUnit = true;
                } else if (isLetterOrDigit(f)) {
                    if (word == null) {
                        word = new StringBuilder();
                        wordStart = i;
                        wordJoined = previousWasUnit;
                    }
                    word.appendCodePoint(f);
                    wordEnd = next;
                    previousWasUnit = true;
                } else {
                    if (word != null) {
                        units.add(new Unit(word.toString(), false, wordJoined, wordStart, wordEnd));
                        word = null;
                    }
                    previousWasUnit = false;
                }
            }
            i = next;
        }
        if (word != null) {
            units.add(new Unit(word.toString(), false, wordJoined, wordStart, wordEnd));
        }
        return units;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Letters and numbers of every kind ({@code \p{L}\p{N}} in JavaScript). */
    static boolean isLetterOrDigit(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** A CJK character or a letter/digit run, with its source offsets. */
    private record Unit(String text, boolean cjk, boolean joinedToPrevious, int start, int end) {
    }
}
