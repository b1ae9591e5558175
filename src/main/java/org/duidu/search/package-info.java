/**
 * Full-text search: the Lucene index of every paragraph, the static browser index (both kept up to
 * date one interview at a time, the static files from per-interview data in the build cache), and the query behind {@code duidu search} and {@code /api/search}. One analyzer serves index and
 * query: a per-character Traditional→Simplified fold, then CJK unigrams and bigrams, so a query finds
 * the same paragraphs in either script. Entry points: {@link org.duidu.search.SearchIndexer} and
 * {@link org.duidu.search.Searcher}; everything else is package-private. Knows no Freemarker.
 */
package org.duidu.search;
