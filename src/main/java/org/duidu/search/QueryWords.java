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

    /** The phrases of the words that have any letters, digits or CJK characters, in query order. */
    static List<List<Token>> phrases(String query, ScriptFold fold) {
        return words(query, fold).stream().map(word -> Tokenization.phrase(word, fold)).toList();
    }

    /** The words that have any letters, digits or CJK characters (so a phrase), in query order. */
    static List<String> words(String query, ScriptFold fold) {
        List<String> words = new ArrayList<>();
        for (String word : SPACE.split(query.strip())) {
            if (!Tokenization.phrase(word, fold).isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
