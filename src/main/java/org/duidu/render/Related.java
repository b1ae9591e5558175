package org.duidu.render;

import java.util.ArrayList;
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

    /**
     * What relates one interview to others: its people, tags and source, and its terms (of which only
     * the rare ones count).
     */
    record Features(Set<String> people, Set<String> tags, String source, Set<String> terms) {
    }

    /** Per slug, its related interviews, strongest first (at most {@link #MAX}). */
    static Map<String, List<InterviewSummary>> compute(List<InterviewSummary> interviews) {
        List<InterviewSummary> ordered = Archive.ordered(interviews);
        List<Features> features = new ArrayList<>(ordered.size());
        for (InterviewSummary s : ordered) {
            Set<String> own = new HashSet<>();
            Views.InterviewTerms t = s.terms().get(Edition.HANS);
            if (t != null) {
                t.byFirst().forEach(e -> own.add(e.text()));
            }
            features.add(new Features(Archive.termsOf("people", s).keySet(), Archive.termsOf("tags", s).keySet(),
                    s.stories().get(Edition.HANS).source().strip(), own));
        }
        int[][] ranked = rank(features);
        Map<String, List<InterviewSummary>> out = new LinkedHashMap<>();
        for (int i = 0; i < ranked.length; i++) {
            List<InterviewSummary> related = new ArrayList<>(ranked[i].length);
            for (int j : ranked[i]) {
                related.add(ordered.get(j));
            }
            out.put(ordered.get(i).slug(), List.copyOf(related));
        }
        return out;
    }

    /**
     * For each interview (by index in list order), the indexes of at most {@link #MAX} related ones:
     * the most shared people first, then tags, then the source, then rare terms (used by at least two
     * and at most a tenth of the interviews), ties to the lower index; one sharing nothing is never
     * related.
     *
     * <p>Shared keys are counted through inverted lists into per-candidate counters, so the work is
     * the sum over keys of (interviews using it)², plain int increments. A source or a host every
     * interview shares is common in a real archive (one magazine's interviews): comparing sets of
     * strings pair by pair made that quadratic in string hashing (1.2 s of a 1,000-interview rebuild).
     */
    static int[][] rank(List<Features> features) {
        int n = features.size();
        Map<String, Integer> termFrequency = new HashMap<>();
        for (Features f : features) {
            f.terms().forEach(term -> termFrequency.merge(term, 1, Integer::sum));
        }
        int rareLimit = Math.max(2, n / 10);
        Keys people = new Keys(n);
        Keys tags = new Keys(n);
        Keys sources = new Keys(n);
        Keys rare = new Keys(n);
        for (int i = 0; i < n; i++) {
            Features f = features.get(i);
            for (String person : f.people()) {
                people.add(i, person);
            }
            for (String tag : f.tags()) {
                tags.add(i, tag);
            }
            if (!f.source().isEmpty()) {
                sources.add(i, f.source());
            }
            for (String term : f.terms()) {
                int df = termFrequency.get(term);
                if (df >= 2 && df <= rareLimit) {
                    rare.add(i, term);
                }
            }
        }
        int[][] postingsP = people.postings();
        int[][] postingsT = tags.postings();
        int[][] postingsS = sources.postings();
        int[][] postingsR = rare.postings();
        int[] sharedP = new int[n];
        int[] sharedT = new int[n];
        int[] sharedS = new int[n];
        int[] sharedR = new int[n];
        int[] seenFor = new int[n];
        java.util.Arrays.fill(seenFor, -1);
        int[] touched = new int[n];
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            int count = 0;
            int[][] counters = {sharedP, sharedT, sharedS, sharedR};
            int[][][] postings = {postingsP, postingsT, postingsS, postingsR};
            int[][] own = {people.ids(i), tags.ids(i), sources.ids(i), rare.ids(i)};
            for (int field = 0; field < 4; field++) {
                int[] counter = counters[field];
                for (int key : own[field]) {
                    for (int j : postings[field][key]) {
                        if (seenFor[j] != i) {
                            seenFor[j] = i;
                            sharedP[j] = 0;
                            sharedT[j] = 0;
                            sharedS[j] = 0;
                            sharedR[j] = 0;
                            touched[count++] = j;
                        }
                        counter[j]++;
                    }
                }
            }
            // the best MAX of the touched candidates (itself excluded), by insertion into a short list
            int[] best = new int[MAX];
            int size = 0;
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                if (j == i) {
                    continue;
                }
                int at = size;
                while (at > 0 && stronger(j, best[at - 1], sharedP, sharedT, sharedS, sharedR)) {
                    at--;
                }
                if (at >= MAX) {
                    continue;
                }
                int last = Math.min(size, MAX - 1);
                System.arraycopy(best, at, best, at + 1, last - at);
                best[at] = j;
                size = Math.min(size + 1, MAX);
            }
            out[i] = java.util.Arrays.copyOf(best, size);
        }
        return out;
    }

    /** Whether candidate {@code a} ranks before {@code b}: more shared people, tags, source, rare terms, then the lower index. */
    private static boolean stronger(int a, int b, int[] people, int[] tags, int[] source, int[] rare) {
        if (people[a] != people[b]) {
            return people[a] > people[b];
        }
        if (tags[a] != tags[b]) {
            return tags[a] > tags[b];
        }
        if (source[a] != source[b]) {
            return source[a] > source[b];
        }
        if (rare[a] != rare[b]) {
            return rare[a] > rare[b];
        }
        return a < b;
    }

    /** One field's keys as small ints: each interview's ids, and each id's interviews in index order. */
    private static final class Keys {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<List<Integer>> byInterview;

        Keys(int n) {
            byInterview = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byInterview.add(new ArrayList<>());
            }
        }

        /** Gives interview {@code i} a key. */
        void add(int i, String key) {
            byInterview.get(i).add(ids.computeIfAbsent(key, k -> ids.size()));
        }

        int[] ids(int i) {
            return byInterview.get(i).stream().mapToInt(Integer::intValue).toArray();
        }

        /** Per id, the interviews that have it, in index order. */
        int[][] postings() {
            int[] sizes = new int[ids.size()];
            byInterview.forEach(own -> own.forEach(id -> sizes[id]++));
            int[][] postings = new int[sizes.length][];
            for (int id = 0; id < sizes.length; id++) {
                postings[id] = new int[sizes[id]];
            }
            int[] fill = new int[sizes.length];
            for (int i = 0; i < byInterview.size(); i++) {
                for (int id : byInterview.get(i)) {
                    postings[id][fill[id]++] = i;
                }
            }
            return postings;
        }
    }
}
