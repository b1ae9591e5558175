/**
 * Search beyond one machine: pushes every paragraph to a SolrCloud collection and queries it with
 * the same analysis and ranking as the local index (the configset in {@code solr/configset/duidu}
 * names this project's analysis factories and {@code ExactBm25Similarity}; {@code ExactStatsCache}
 * makes distributed IDF that of one index). Entry points: {@link org.duidu.search.solr.SolrTarget},
 * {@link org.duidu.search.solr.SolrPush} and {@link org.duidu.search.solr.SolrSearcher}. The only
 * package that uses SolrJ, so a build or a local search never loads it.
 */
package org.duidu.search.solr;
