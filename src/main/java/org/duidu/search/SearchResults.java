package org.duidu.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query    the query as typed
 * @param total    how many paragraphs match (not only those returned)
 * @param anyWord  true when no paragraph has every word and the hits are paragraphs with any word
 * @param hits     the best hits, best first (score descending, then index order)
 */
public record SearchResults(String query, int total, boolean anyWord, List<SearchHit> hits) {
    /** Copies the hits. */
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /**
     * The JSON of {@code duidu search --json} and {@code /api/search} (DESIGN §6):
     * {@code {"query","total","mode","hits":[{"interview","title","section","paragraph","role",
     * "speaker","score","url","snippet"}]}}, where {@code mode} is {@code all} or {@code any}.
     */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("query", query);
        root.put("total", total);
        root.put("mode", anyWord ? "any" : "all");
        ArrayNode array = root.putArray("hits");
        for (SearchHit hit : hits) {
            ObjectNode node = array.addObject();
            node.put("interview", hit.interview());
            node.put("title", hit.title());
            node.put("section", hit.section());
            node.put("paragraph", hit.paragraph());
            node.put("role", hit.role().id());
            node.put("speaker", hit.speaker());
            node.put("score", hit.score());
            node.put("url", hit.url());
            node.put("snippet", hit.snippet());
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render search results as JSON", e);
        }
    }
}
