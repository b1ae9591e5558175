package org.duidu.search;

import java.io.Closeable;
import java.io.IOException;

/**
 * Something that answers {@link SearchRequest}s with the ranking of DESIGN §5: the local index
 * ({@link Searcher}) or a Solr collection ({@code org.duidu.search.solr.SolrSearcher}), so the CLI
 * and {@code /api/search} print the same JSON from either.
 */
public interface ParagraphSearch extends Closeable {
    /** Runs a query. */
    SearchResults search(SearchRequest request) throws IOException;
}
