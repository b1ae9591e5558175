package org.duidu.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duidu.model.Edition;

/**
 * The interviews related to each interview, from the summaries alone: those sharing the most
 * people first, then the most tags, then the source, then the most rare terms (quoted phrases and
 * numbered slogans that at most a tenth of the archive, and at least two interviews, use); ties go
 * to the list order ({@link Archive#ORDER}). An interview sharing nothing is never related.
 */
final class Related {
    /** How many related interviews a reading page shows. */
    static final int MAX = 5;

    private Related() {
    }

    /** What one interview shares with another, compared field by field. */
    private record Shared(int people, int tags, int source, int rareTerms) {
        boolean any() {
            return people + tags + source + rareTerms > 0;
        }
    }

    private static final Comparator<Shared> STRONGEST_FIRST = Comparator.comparingInt(Shared::people)
            .thenComparingInt(Shared::tags).thenComparingInt(Shared::source).thenComparingInt(Shared::rareTerms).reversed();

    /** Per slug, its related interviews, strongest first (at most {@link #MAX}). */
    static Map<String, List<InterviewSummary>> compute(List<InterviewSummary> interviews) {
        List<InterviewSummary> ordered = Archive.ordered(interviews);
        int n = ordered.size();
        List<Set<String>> people = new ArrayList<>(n);
        List<Set<String>> tags = new ArrayList<>(n);
        List<String> sources = new ArrayList<>(n);
        List<Set<String>> terms = new ArrayList<>(n);
        Map<String, Integer> termFrequency = new HashMap<>();
        for (InterviewSummary s : ordered) {
            people.add(Archive.termsOf("people", s).keySet());
            tags.add(Archive.termsOf("tags", s).keySet());
            sources.add(s.stories().get(Edition.HANS).source().strip());
            Set<String> own = new HashSet<>();
            Views.InterviewTerms t = s.terms().get(Edition.HANS);
            if (t != null) {
                t.byFirst().forEach(e -> own.add(e.text()));
            }
            own.forEach(term -> termFrequency.merge(term, 1, Integer::sum));
            terms.add(own);
        }
        int rareLimit = Math.max(2, n / 10);
        // candidates through an inverted view of every shared key, so unrelated pairs are never compared
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String p : people.get(i)) {
                postings.computeIfAbsent("p:" + p, k -> new ArrayList<>()).add(i);
            }
            for (String t : tags.get(i)) {
                postings.computeIfAbsent("t:" + t, k -> new ArrayList<>()).add(i);
            }
            if (!sources.get(i).isEmpty()) {
                postings.computeIfAbsent("s:" + sources.get(i), k -> new ArrayList<>()).add(i);
            }
            for (String term : terms.get(i)) {
                int df = termFrequency.get(term);
                if (df >= 2 && df <= rareLimit) {
                    postings.computeIfAbsent("r:" + term, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<String, List<InterviewSummary>> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Set<Integer> candidates = new java.util.TreeSet<>();
            for (String key : keys(people.get(i), tags.get(i), sources.get(i), terms.get(i))) {
                List<Integer> list = postings.get(key);
                if (list != null) {
                    candidates.addAll(list);
                }
            }
            candidates.remove(i);
            List<int[]> scored = new ArrayList<>();
            List<Shared> shares = new ArrayList<>();
            for (int j : candidates) {
                Shared shared = new Shared(overlap(people.get(i), people.get(j)), overlap(tags.get(i), tags.get(j)),
                        !sources.get(i).isEmpty() && sources.get(i).equals(sources.get(j)) ? 1 : 0,
                        rareOverlap(terms.get(i), terms.get(j), termFrequency, rareLimit));
                if (shared.any()) {
                    scored.add(new int[] {j, shares.size()});
                    shares.add(shared);
                }
            }
            // candidates are in list order, and the sort is stable: ties keep it
            scored.sort((a, b) -> STRONGEST_FIRST.compare(shares.get(a[1]), shares.get(b[1])));
            out.put(ordered.get(i).slug(), scored.stream().limit(MAX).map(a -> ordered.get(a[0])).toList());
        }
        return out;
    }

    private static List<String> keys(Set<String> people, Set<String> tags, String source, Set<String> terms) {
        List<String> keys = new ArrayList<>();
        people.forEach(p -> keys.add("p:" + p));
        tags.forEach(t -> keys.add("t:" + t));
        if (!source.isEmpty()) {
            keys.add("s:" + source);
        }
        terms.forEach(t -> keys.add("r:" + t));
        return keys;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int count = 0;
        for (String x : a) {
            if (b.contains(x)) {
                count++;
            }
        }
        return count;
    }

    private static int rareOverlap(Set<String> a, Set<String> b, Map<String, Integer> frequency, int rareLimit) {
        int count = 0;
        for (String x : a) {
            int df = frequency.get(x);
            if (df >= 2 && df <= rareLimit && b.contains(x)) {
                count++;
            }
        }
        return count;
    }
}
