package org.duidu.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.duidu.model.Edition;
import org.duidu.model.Facets;
import org.duidu.model.Publication;
import org.duidu.model.Role;

/**
 * Filters, counts, date order, grouping and paging over a ranked list of paragraphs: the part of a
 * search that {@link SearchRequest.Browse} asks for. search.js repeats these rules exactly (its
 * {@code browse} function), so the page, {@code duidu search} and {@code /api/search} show the same hits:
 * <ol>
 *   <li>the ranked paragraphs (already filtered by role and facets) are counted per facet value
 *       and per role: how many interviews among them have the value (a role: have a paragraph of it);</li>
 *   <li>ordered by date, interviews with the newest date first (undated last), each interview's
 *       paragraphs keeping their rank order, ties between interviews kept in rank order;</li>
 *   <li>grouped, each interview keeps its best {@code perInterview} paragraphs, placed together
 *       where its best paragraph stands; the rest are counted as "more in this interview";</li>
 *   <li>paged: {@code limit} paragraphs from {@code offset} of that list.</li>
 * </ol>
 */
final class Browsing {
    private Browsing() {
    }

    /** An interview's facets in both editions (the values are zh-Hans, the labels each edition's). */
    record InterviewFacets(Facets hans, Facets hant) {
        static InterviewFacets of(Publication p) {
            return new InterviewFacets(Facets.of(p.hans()), Facets.of(p.hant()));
        }

        Facets in(Edition e) {
            return e == Edition.HANS ? hans : hant;
        }

        /** The facets as one stored string: per facet a line {@code name\tvalue\tlabel…}, and {@code date\tyyyy-mm-dd}. */
        String encode() {
            StringBuilder out = new StringBuilder();
            for (String name : Facets.NAMES) {
                out.append(name);
                List<String> values = hans.values(name);
                List<String> labels = hant.values(name);
                for (int i = 0; i < values.size(); i++) {
                    out.append('\t').append(values.get(i)).append('\t').append(i < labels.size() ? labels.get(i) : values.get(i));
                }
                out.append('\n');
            }
            return out.append("date\t").append(hans.date()).toString();
        }

        static InterviewFacets decode(String text) {
            Map<String, List<String>> hans = new HashMap<>();
            Map<String, List<String>> hant = new HashMap<>();
            String date = "";
            for (String line : text.split("\n", -1)) {
                String[] parts = line.split("\t", -1);
                if (parts[0].equals("date")) {
                    date = parts.length > 1 ? parts[1] : "";
                    continue;
                }
                List<String> a = new ArrayList<>();
                List<String> b = new ArrayList<>();
                for (int i = 1; i + 1 < parts.length; i += 2) {
                    a.add(parts[i]);
                    b.add(parts[i + 1]);
                }
                hans.put(parts[0], a);
                hant.put(parts[0], b);
            }
            return new InterviewFacets(facets(hans, date), facets(hant, date));
        }

        private static Facets facets(Map<String, List<String>> values, String date) {
            List<String> source = values.getOrDefault("source", List.of());
            List<String> year = values.getOrDefault("year", List.of());
            return new Facets(values.getOrDefault("person", List.of()), source.isEmpty() ? "" : source.get(0),
                    year.isEmpty() ? "" : year.get(0), values.getOrDefault("tag", List.of()), date);
        }
    }

    /** Adds an interview's facets to one of its paragraph documents: both forms indexed for filters, all stored for counts. */
    static void addFacets(Document document, InterviewFacets facets) {
        for (String name : Facets.NAMES) {
            Set<String> forms = new java.util.LinkedHashSet<>(facets.hans().values(name));
            forms.addAll(facets.hant().values(name));
            for (String form : forms) {
                document.add(new StringField(IndexFields.facet(name), form, Field.Store.NO));
            }
        }
        document.add(new StoredField(IndexFields.FACETS, facets.encode()));
    }

    /**
     * A ranked paragraph.
     *
     * @param interview its interview's slug
     * @param role      its role
     * @param doc       where to find it (a Lucene document id)
     * @param score     its score
     */
    record Match(String interview, Role role, int doc, float score) {
    }

    /** A facet value with the number of interviews among the hits that have it. */
    record Count(String value, String label, int count) {
    }

    /**
     * What a browsed search shows.
     *
     * @param page       the paragraphs of the page, in order
     * @param more       per interview on the page, how many of its paragraphs grouping left out
     * @param interviews how many interviews the hits are in
     * @param counts     per facet ({@code role} too), its values, most interviews first (ties by value)
     */
    record Page(List<Match> page, Map<String, Integer> more, int interviews, Map<String, List<Count>> counts) {
    }

    /**
     * Browses a ranked list.
     *
     * @param ranked   every matching paragraph, best first, already filtered
     * @param facetsOf an interview's facets
     */
    static Page browse(List<Match> ranked, Function<String, InterviewFacets> facetsOf, SearchRequest.Browse options, Edition edition,
                       int limit) {
        Map<String, InterviewFacets> facets = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (Match m : ranked) {
            facets.computeIfAbsent(m.interview(), facetsOf);
            roles.computeIfAbsent(m.interview(), k -> new HashSet<>()).add(m.role().id());
        }
        Map<String, List<Count>> counts = new LinkedHashMap<>();
        for (String name : Facets.NAMES) {
            Map<String, Integer> n = new HashMap<>();
            Map<String, String> labels = new HashMap<>();
            facets.values().forEach(f -> {
                List<String> values = f.hans().values(name);
                List<String> own = f.in(edition).values(name);
                for (int i = 0; i < values.size(); i++) {
                    n.merge(values.get(i), 1, Integer::sum);
                    labels.putIfAbsent(values.get(i), i < own.size() ? own.get(i) : values.get(i));
                }
            });
            counts.put(name, sorted(n, labels));
        }
        Map<String, Integer> roleCounts = new HashMap<>();
        Map<String, String> roleLabels = new HashMap<>();
        roles.values().forEach(set -> set.forEach(r -> {
            roleCounts.merge(r, 1, Integer::sum);
            roleLabels.put(r, r);
        }));
        counts.put("role", sorted(roleCounts, roleLabels));

        List<Match> ordered = new ArrayList<>(ranked);
        if (options.byDate()) {
            // newest interview first, undated last; List.sort is stable, so rank order stays within a date
            ordered.sort(Comparator.comparing((Match m) -> facets.get(m.interview()).hans().date().isEmpty())
                    .thenComparing(m -> facets.get(m.interview()).hans().date(), Comparator.reverseOrder()));
        }
        Map<String, Integer> more = new HashMap<>();
        List<Match> grouped;
        if (options.perInterview() > 0) {
            Map<String, List<Match>> groups = new LinkedHashMap<>();
            for (Match m : ordered) {
                List<Match> g = groups.computeIfAbsent(m.interview(), k -> new ArrayList<>());
                if (g.size() < options.perInterview()) {
                    g.add(m);
                } else {
                    more.merge(m.interview(), 1, Integer::sum);
                }
            }
            grouped = new ArrayList<>();
            groups.values().forEach(grouped::addAll);
        } else {
            grouped = ordered;
        }
        int from = Math.min(grouped.size(), options.offset());
        List<Match> page = List.copyOf(grouped.subList(from, Math.min(grouped.size(), from + limit)));
        Map<String, Integer> shownMore = new LinkedHashMap<>();
        page.forEach(m -> shownMore.put(m.interview(), more.getOrDefault(m.interview(), 0)));
        return new Page(page, shownMore, facets.size(), counts);
    }

    private static List<Count> sorted(Map<String, Integer> counts, Map<String, String> labels) {
        List<Count> out = new ArrayList<>();
        counts.forEach((value, n) -> out.add(new Count(value, labels.get(value), n)));
        out.sort(Comparator.comparingInt((Count c) -> -c.count()).thenComparing(Count::value));
        return out;
    }
}
