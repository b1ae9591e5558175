package org.duidu.search;

import org.duidu.model.Role;

import java.util.List;

/**
 * A query as another engine must run it to rank like {@link Searcher}: the words, each a phrase that
 * the engine's query analyzer ({@link FoldingBigramTokenizerFactory} in {@code query} mode) turns
 * into the same phrase query; every word required, or any word when no paragraph has them all; a
 * paragraph's score its BM25 sum times {@link #weight(Role)}. Also makes the snippet of a hit, so
 * hits from any engine read the same.
 */
public final class QueryPlan {
    private final ScriptFold fold = ScriptFold.standard();
    private final List<String> words;
    private final List<List<Token>> phrases;

    private QueryPlan(String query) {
        this.words = QueryWords.words(query, fold);
        this.phrases = QueryWords.phrases(query, fold);
    }

    /** The plan of what a reader typed. */
    public static QueryPlan of(String query) {
        return new QueryPlan(query);
    }

    /** The words that have a phrase (letters, digits or CJK characters), in query order; may be empty. */
    public List<String> words() {
        return words;
    }

    /** The snippet of a hit: about 80 characters of {@code text}, HTML-escaped, matches in {@code <mark>}. */
    public String snippet(String text) {
        return Snippets.html(text, Snippets.matches(text, phrases, fold));
    }

    /** How much a role's paragraphs weigh (answers double): the boost of their BM25 score. */
    public static float weight(Role role) {
        return IndexFields.boost(role);
    }
}
