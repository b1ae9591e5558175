package org.duidu.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a query into words, each analyzed into the phrase it must match. */
final class QueryWords {
    /** Unicode White_Space plus U+FEFF: what JavaScript's {@code \s} matches. */
    static final Pattern SPACE = Pattern.compile("[\\p{IsWhite_Space}\\uFEFF]+");

    private QueryWords() {
    }

    /**
     * The phrases of the words that have any letters, digits or CJK characters, in query order; only
     * the first {@link SearchRequest#MAX_WORDS} words count (a query of thousands of words would
     * exceed Lucene's clause limit).
     */
    static List<List<Token>> phrases(String query, ScriptFold fold) {
        List<List<Token>> phrases = new ArrayList<>();
        String[] words = SPACE.split(query.strip());
        for (String word : java.util.Arrays.copyOf(words, Math.min(words.length, SearchRequest.MAX_WORDS))) {
            List<Token> phrase = Tokenization.phrase(word, fold);
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }
}
