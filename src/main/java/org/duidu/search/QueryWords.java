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
        return words(query, fold).stream().map(word -> Tokenization.phrase(word, fold)).toList();
    }

    /** The words that have any letters, digits or CJK characters (so a phrase), in query order; the first {@link SearchRequest#MAX_WORDS} only. */
    static List<String> words(String query, ScriptFold fold) {
        List<String> words = new ArrayList<>();
        String[] split = SPACE.split(query.strip());
        for (String word : java.util.Arrays.copyOf(split, Math.min(split.length, SearchRequest.MAX_WORDS))) {
            if (!Tokenization.phrase(word, fold).isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
