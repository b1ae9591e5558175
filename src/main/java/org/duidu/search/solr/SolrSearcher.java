package org.duidu.search.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.duidu.diag.DuiduException;
import org.duidu.model.Edition;
import org.duidu.model.Role;
import org.duidu.model.UrlScheme;
import org.duidu.search.ParagraphSearch;
import org.duidu.search.QueryPlan;
import org.duidu.search.SearchHit;
import org.duidu.search.SearchRequest;
import org.duidu.search.SearchResults;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers {@link SearchRequest}s from a Solr collection exactly as {@link org.duidu.search.Searcher}
 * does from the local index: the same phrase per word (the schema's query analyzer), every word
 * required or else any, answers weighted by {@link QueryPlan#weight(Role)}, the same filters,
 * BM25 with global statistics ({@code ExactStatsCache}), ties in the site's order, the same JSON.
 * Thread-safe.
 */
public final class SolrSearcher implements ParagraphSearch {
    private final SolrTarget target;
    private final SolrClient client;

    private SolrSearcher(SolrTarget target, SolrClient client) {
        this.target = target;
        this.client = client;
    }

    /** Connects to the collection (nothing is sent until the first query). */
    public static SolrSearcher open(SolrTarget target) {
        return new SolrSearcher(target, SolrClients.cloud(target));
    }

    /**
     * Runs a query.
     *
     * @throws DuiduException when Solr cannot be reached or answers with an error (naming it)
     */
    @Override
    public SearchResults search(SearchRequest request) throws IOException {
        if (request.browse().active()) {
            // the Solr schema carries no facets yet: filters, date order, grouping and counts are the local index's
            throw new IllegalArgumentException("filters (person, source, year, tag), sort, grouping, offset and counts"
                    + " are not available with Solr yet; search the local index");
        }
        QueryPlan plan = QueryPlan.of(request.query());
        if (plan.words().isEmpty()) {
            return new SearchResults(request.query(), 0, false, List.of());
        }
        QueryResponse response = run(plan, request, true);
        boolean anyWord = false;
        if (response.getResults().getNumFound() == 0 && plan.words().size() > 1) {
            response = run(plan, request, false);
            anyWord = true;
        }
        SolrDocumentList documents = response.getResults();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument document : documents) {
            hits.add(hit(document, plan, request.edition()));
        }
        return new SearchResults(request.query(), Math.toIntExact(documents.getNumFound()), anyWord, hits);
    }

    private QueryResponse run(QueryPlan plan, SearchRequest request, boolean allWords) throws IOException {
        SolrQuery query = queryFor(plan, request, allWords);
        try {
            return client.query(target.collection(), query, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
        } catch (SolrServerException | SolrException e) {
            throw new DuiduException("Solr at " + target.describe() + " cannot answer: " + SolrClients.reason(e), e);
        }
    }

    /**
     * The query as Solr parameters. The words reach Solr only as parameter values that the field
     * query parser analyzes, never as query syntax, so nothing a reader types is interpreted.
     */
    static SolrQuery queryFor(QueryPlan plan, SearchRequest request, boolean allWords) {
        SolrQuery query = new SolrQuery();
        StringBuilder words = new StringBuilder("{!bool");
        for (int i = 0; i < plan.words().size(); i++) {
            query.set("w" + i, plan.words().get(i));
            query.set("p" + i, "{!field f=" + SolrFields.TEXT + " v=$w" + i + "}");
            words.append(allWords ? " must=$p" : " should=$p").append(i);
        }
        query.set("words", words.append('}').toString());
        query.set("isAnswer", "{!term f=" + SolrFields.ROLE + "}" + Role.ANSWER.id());
        // the two disjoint branches of Searcher: answers (weighted) and the rest
        query.set("answers", "{!bool must=$words filter=$isAnswer}");
        query.set("weightedAnswers", "{!boost b=" + QueryPlan.weight(Role.ANSWER) + " v=$answers}");
        query.set("others", "{!bool must=$words must_not=$isAnswer}");
        query.setQuery("{!bool should=$weightedAnswers should=$others}");
        request.role().ifPresent(role -> {
            query.set("role", role.id());
            query.addFilterQuery("{!term f=" + SolrFields.ROLE + " v=$role}");
        });
        request.interview().ifPresent(slug -> {
            query.set("interview", slug);
            query.addFilterQuery("{!term f=" + SolrFields.INTERVIEW + " v=$interview}");
        });
        request.section().ifPresent(n -> query.addFilterQuery("{!term f=" + SolrFields.SECTION + "}" + n));
        query.setRows(request.limit());
        // ties in the local index's order: slug hash, slug, paragraphs in order
        query.set("sort", "score desc," + SolrFields.ORDER_HASH + " asc," + SolrFields.INTERVIEW + " asc," + SolrFields.PARAGRAPH + " asc");
        Edition edition = request.edition();
        query.setFields(SolrFields.INTERVIEW, SolrFields.SECTION, SolrFields.PARAGRAPH, SolrFields.ROLE,
                textField(edition), titleField(edition), speakerField(edition), "score");
        return query;
    }

    private static SearchHit hit(SolrDocument document, QueryPlan plan, Edition edition) {
        String slug = (String) document.getFirstValue(SolrFields.INTERVIEW);
        int paragraph = ((Number) document.getFirstValue(SolrFields.PARAGRAPH)).intValue();
        String text = string(document, textField(edition));
        return new SearchHit(slug, string(document, titleField(edition)),
                ((Number) document.getFirstValue(SolrFields.SECTION)).intValue(), paragraph,
                Role.valueOf(string(document, SolrFields.ROLE).toUpperCase(Locale.ROOT)),
                string(document, speakerField(edition)), ((Number) document.getFirstValue("score")).floatValue(),
                UrlScheme.interview(edition, slug) + "#p" + paragraph, plan.snippet(text));
    }

    private static String string(SolrDocument document, String field) {
        Object value = document.getFirstValue(field);
        return value == null ? "" : value.toString();
    }

    static String textField(Edition edition) {
        return edition == Edition.HANS ? SolrFields.TEXT_HANS : SolrFields.TEXT_HANT;
    }

    static String titleField(Edition edition) {
        return edition == Edition.HANS ? SolrFields.TITLE_HANS : SolrFields.TITLE_HANT;
    }

    static String speakerField(Edition edition) {
        return edition == Edition.HANS ? SolrFields.SPEAKER_HANS : SolrFields.SPEAKER_HANT;
    }

    /** Closes the connection. */
    @Override
    public void close() throws IOException {
        client.close();
    }
}
