package org.duidu.search;

import org.duidu.model.Edition;
import org.duidu.model.Role;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A query with its filters.
 *
 * @param query     what the reader typed: words separated by white space, each a phrase, all required
 * @param edition   the edition of snippets, titles and links
 * @param role      only paragraphs of this role, if present
 * @param interview only paragraphs of the interview with this slug, if present
 * @param section   only paragraphs of this section number (0 is the lead), if present
 * @param limit     at most this many hits (1 to {@value #MAX_LIMIT})
 * @param browse    filters, order, grouping, paging and counts beyond a ranked list
 */
public record SearchRequest(String query, Edition edition, Optional<Role> role, Optional<String> interview,
                            OptionalInt section, int limit, Browse browse) {
    /**
     * What a reader browsing the archive asks for beyond a ranked list (see {@code Browsing}): facet
     * filters, date order, grouping per interview, paging and the counts per filter value.
     *
     * @param filters      facet ({@code person}, {@code source}, {@code year}, {@code tag}) to the value
     *                     an interview must have, in either script; all must hold
     * @param byDate       interviews newest first instead of by relevance
     * @param perInterview at most this many paragraphs per interview (0: no grouping)
     * @param offset       paragraphs to skip (after grouping) before the page starts
     * @param counts       whether the results count the hits' interviews per facet value and role
     */
    public record Browse(Map<String, String> filters, boolean byDate, int perInterview, int offset, boolean counts) {
        /** A plain ranked search. */
        public static final Browse NONE = new Browse(Map.of(), false, 0, 0, false);

        /** Checks the values and copies the filters (in facet order). */
        public Browse {
            java.util.TreeMap<String, String> copy = new java.util.TreeMap<>();
            filters.forEach((k, v) -> {
                if (!org.duidu.model.Facets.NAMES.contains(k)) {
                    throw new IllegalArgumentException("'" + k + "' is not a filter (expected person, source, year or tag)");
                }
                if (v != null && !v.isBlank()) {
                    copy.put(k, v.strip());
                }
            });
            filters = java.util.Collections.unmodifiableMap(copy);
            if (perInterview < 0 || offset < 0) {
                throw new IllegalArgumentException("perInterview and offset must be 0 or more");
            }
        }

        /** Whether anything beyond a ranked list is asked for. */
        public boolean active() {
            return !filters.isEmpty() || byDate || perInterview > 0 || offset > 0 || counts;
        }
    }

    /** A plain ranked search ({@link Browse#NONE}). */
    public SearchRequest(String query, Edition edition, Optional<Role> role, Optional<String> interview, OptionalInt section, int limit) {
        this(query, edition, role, interview, section, limit, Browse.NONE);
    }

    /** The largest {@code limit} accepted. */
    public static final int MAX_LIMIT = 1000;
    /** How many words of a query count; the rest are ignored (see {@link #ignoredWords()}). */
    public static final int MAX_WORDS = 64;
    /** The number of hits when none is asked for. */
    public static final int DEFAULT_LIMIT = 10;

    /** Checks the limit. */
    public SearchRequest {
        browse = browse == null ? Browse.NONE : browse;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /**
     * A request from URL query parameters, as {@code GET /api/search} receives them: {@code q}
     * (required), {@code edition} (default zh-Hans), {@code role}, {@code interview}, {@code section},
     * {@code limit} (default {@value #DEFAULT_LIMIT}), {@code person}, {@code source}, {@code year},
     * {@code tag}, {@code sort} ({@code relevance} or {@code date}), {@code perInterview}, {@code offset}
     * and {@code counts} ({@code 1}), with the same meaning as the CLI's options.
     *
     * @throws IllegalArgumentException naming the parameter that is missing or bad (answer 400)
     */
    public static SearchRequest fromParameters(Map<String, String> parameters) {
        String query = parameters.get("q");
        if (query == null) {
            throw new IllegalArgumentException("missing parameter q");
        }
        Edition edition = parameters.containsKey("edition") ? Edition.parse(parameters.get("edition")) : Edition.HANS;
        Optional<Role> role = Optional.ofNullable(parameters.get("role")).map(SearchRequest::role);
        Optional<String> interview = Optional.ofNullable(parameters.get("interview")).filter(s -> !s.isBlank());
        OptionalInt section = OptionalInt.empty();
        if (parameters.containsKey("section")) {
            int n = number("section", parameters.get("section"));
            if (n < 0) {
                throw new IllegalArgumentException("section must be 0 or more, not " + n);
            }
            section = OptionalInt.of(n);
        }
        int limit = parameters.containsKey("limit") ? number("limit", parameters.get("limit")) : DEFAULT_LIMIT;
        Map<String, String> filters = new java.util.HashMap<>();
        for (String facet : org.duidu.model.Facets.NAMES) {
            if (parameters.containsKey(facet)) {
                filters.put(facet, parameters.get(facet));
            }
        }
        String sort = parameters.getOrDefault("sort", "relevance");
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new IllegalArgumentException("sort must be relevance or date, not '" + sort + "'");
        }
        int perInterview = parameters.containsKey("perInterview") ? number("perInterview", parameters.get("perInterview")) : 0;
        int offset = parameters.containsKey("offset") ? number("offset", parameters.get("offset")) : 0;
        boolean counts = List.of("1", "true", "yes").contains(parameters.getOrDefault("counts", "").toLowerCase(java.util.Locale.ROOT));
        return new SearchRequest(query, edition, role, interview, section, limit,
                new Browse(filters, sort.equals("date"), perInterview, offset, counts));
    }

    /**
     * Parses a role as written in URLs, JSON and the CLI ({@code lead}, {@code question}, {@code answer}).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Role role(String text) {
        for (Role role : Role.values()) {
            if (role.id().equalsIgnoreCase(text.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a role (expected lead, question or answer)");
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + text + "'", e);
        }
    }

    /** How many words of the query are beyond {@link #MAX_WORDS} and ignored (0 for any ordinary query). */
    public int ignoredWords() {
        String q = query.strip();
        return q.isEmpty() ? 0 : Math.max(0, QueryWords.SPACE.split(q).length - MAX_WORDS);
    }

    /** A query in zh-Hans without filters, with the default limit. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Edition.HANS, Optional.empty(), Optional.empty(), OptionalInt.empty(), DEFAULT_LIMIT);
    }

    /** This request in another edition. */
    public SearchRequest in(Edition newEdition) {
        return new SearchRequest(query, newEdition, role, interview, section, limit, browse);
    }

    /** This request restricted to a role. */
    public SearchRequest withRole(Role newRole) {
        return new SearchRequest(query, edition, Optional.of(newRole), interview, section, limit, browse);
    }

    /** This request restricted to one interview. */
    public SearchRequest withInterview(String slug) {
        return new SearchRequest(query, edition, role, Optional.of(slug), section, limit, browse);
    }

    /** This request restricted to one section. */
    public SearchRequest withSection(int number) {
        return new SearchRequest(query, edition, role, interview, OptionalInt.of(number), limit, browse);
    }

    /** This request browsing as {@code newBrowse} says. */
    public SearchRequest browsing(Browse newBrowse) {
        return new SearchRequest(query, edition, role, interview, section, limit, newBrowse);
    }

    /** This request with another limit. */
    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, edition, role, interview, section, newLimit, browse);
    }
}
