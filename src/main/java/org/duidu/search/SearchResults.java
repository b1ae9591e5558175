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
 * @param browsed  what a browsing request adds (counts, grouping, paging), or null for a plain search
 */
public record SearchResults(String query, int total, boolean anyWord, List<SearchHit> hits, Browsed browsed) {
    /** Copies the hits. */
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Results of a plain ranked search. */
    public SearchResults(String query, int total, boolean anyWord, List<SearchHit> hits) {
        this(query, total, anyWord, hits, null);
    }

    /**
     * What a browsing request ({@link SearchRequest.Browse}) adds to the results.
     *
     * @param interviews how many interviews the matching paragraphs are in
     * @param offset     where the page starts in the grouped list
     * @param more       per interview of the page, how many more of its paragraphs match than the page shows
     * @param counts     per filter ({@code person}, {@code source}, {@code year}, {@code tag}, {@code role}), each
     *                   value with how many of the matching interviews have it; empty unless counts were asked for
     */
    public record Browsed(int interviews, int offset, java.util.Map<String, Integer> more,
                          java.util.Map<String, List<Count>> counts) {
        /** Copies the maps. */
        public Browsed {
            more = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(more));
            counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        }
    }

    /**
     * A filter value and how many matching interviews have it.
     *
     * @param value the value a filter takes (zh-Hans; a role's id)
     * @param label the value as the requested edition writes it
     * @param count how many of the matching interviews have it
     */
    public record Count(String value, String label, int count) {
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
            if (browsed != null) {
                node.put("more", browsed.more().getOrDefault(hit.interview(), 0));
            }
        }
        if (browsed != null) {
            root.put("interviews", browsed.interviews());
            root.put("offset", browsed.offset());
            if (!browsed.counts().isEmpty()) {
                ObjectNode counts = root.putObject("counts");
                browsed.counts().forEach((facet, values) -> {
                    ArrayNode list = counts.putArray(facet);
                    for (Count c : values) {
                        list.addObject().put("value", c.value()).put("label", c.label()).put("count", c.count());
                    }
                });
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render search results as JSON", e);
        }
    }
}
