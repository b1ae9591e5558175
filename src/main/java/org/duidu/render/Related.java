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
     * <p>Shared keys are counted through inverted lists into per-candidate counters (plain int
     * increments); keys shared by many interviews are counted apart ({@link #rank(List, int)}), so a
     * source or host every interview shares (one magazine's archive) costs a pass per distinct set of
     * such keys, not a pass per interview.
     */
    static int[][] rank(List<Features> features) {
        return rank(features, Math.max(HEAVY, (int) Math.sqrt(features.size()) * 4));
    }

    /**
     * A key used by more interviews than this (and {@code 4·√n}) is heavy: its interviews are not
     * walked for every interview that has it. A source or a host every interview of a magazine shares
     * made the ranking quadratic (10,000 interviews: 100 million counter steps a build, most of a
     * serve rebuild).
     */
    static final int HEAVY = 64;

    /**
     * Like {@link #rank(List)} with keys used by more than {@code heavyAbove} interviews counted
     * apart (tests force small thresholds). Light keys are counted through their inverted lists as
     * before. For a candidate reached by them, each heavy key of the interview adds one when the
     * candidate has it (a bit set per heavy key). The candidates no light key reaches share heavy keys
     * only. Their order depends only on which heavy keys the interview has (its signature), so it is
     * computed once per signature, and the first {@link #MAX} of them not otherwise reached join the
     * candidates. With more than {@link #SIGNATURES} signatures, every key is walked as a light one.
     */
    static int[][] rank(List<Features> features, int heavyAbove) {
        int n = features.size();
        Map<String, Integer> termFrequency = new HashMap<>();
        for (Features f : features) {
            f.terms().forEach(term -> termFrequency.merge(term, 1, Integer::sum));
        }
        int rareLimit = Math.max(2, n / 10);
        Keys[] fields = {new Keys(n), new Keys(n), new Keys(n), new Keys(n)}; // people, tags, source, rare terms
        for (int i = 0; i < n; i++) {
            Features f = features.get(i);
            for (String person : f.people()) {
                fields[0].add(i, person);
            }
            for (String tag : f.tags()) {
                fields[1].add(i, tag);
            }
            if (!f.source().isEmpty()) {
                fields[2].add(i, f.source());
            }
            for (String term : f.terms()) {
                int df = termFrequency.get(term);
                if (df >= 2 && df <= rareLimit) {
                    fields[3].add(i, term);
                }
            }
        }
        int[][][] postings = new int[4][][];
        int[][][] own = new int[4][n][];
        for (int field = 0; field < 4; field++) {
            postings[field] = fields[field].postings();
            for (int i = 0; i < n; i++) {
                own[field][i] = fields[field].ids(i);
            }
        }
        // heavy keys and each interview's signature (its heavy keys, field by field)
        java.util.BitSet[][] members = new java.util.BitSet[4][];
        Map<List<Long>, Signature> signatures = new HashMap<>();
        Signature[] signatureOf = new Signature[n];
        for (int field = 0; field < 4; field++) {
            members[field] = new java.util.BitSet[postings[field].length];
            for (int key = 0; key < postings[field].length; key++) {
                if (postings[field][key].length > heavyAbove) {
                    java.util.BitSet set = new java.util.BitSet(n);
                    for (int j : postings[field][key]) {
                        set.set(j);
                    }
                    members[field][key] = set;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            List<Long> heavy = new ArrayList<>();
            for (int field = 0; field < 4; field++) {
                for (int key : own[field][i]) {
                    if (members[field][key] != null) {
                        heavy.add(((long) field << 32) | key);
                    }
                }
            }
            if (!heavy.isEmpty()) {
                signatureOf[i] = signatures.computeIfAbsent(List.copyOf(heavy), Signature::new);
            }
        }
        if (signatures.size() > SIGNATURES) {
            // too many ways of sharing heavy keys to rank each once: every key counted as a light one
            for (java.util.BitSet[] field : members) {
                java.util.Arrays.fill(field, null);
            }
            java.util.Arrays.fill(signatureOf, null);
        }
        int[][] shared = new int[4][n];
        int[] seenFor = new int[n];
        java.util.Arrays.fill(seenFor, -1);
        int[] touched = new int[n];
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int field = 0; field < 4; field++) {
                int[] counter = shared[field];
                for (int key : own[field][i]) {
                    if (members[field][key] != null) {
                        continue; // heavy: added below, to the candidates the light keys reach
                    }
                    for (int j : postings[field][key]) {
                        if (seenFor[j] != i) {
                            seenFor[j] = i;
                            shared[0][j] = 0;
                            shared[1][j] = 0;
                            shared[2][j] = 0;
                            shared[3][j] = 0;
                            touched[count++] = j;
                        }
                        counter[j]++;
                    }
                }
            }
            Signature signature = signatureOf[i];
            if (signature != null) {
                for (int t = 0; t < count; t++) {
                    int j = touched[t];
                    for (long heavy : signature.keys) {
                        if (members[(int) (heavy >>> 32)][(int) heavy].get(j)) {
                            shared[(int) (heavy >>> 32)][j]++;
                        }
                    }
                }
                // the best candidates that share heavy keys only, in their signature's order
                int joined = 0;
                for (int j : signature.ranked(members, n)) {
                    if (joined == MAX) {
                        break;
                    }
                    if (j == i || seenFor[j] == i) {
                        continue;
                    }
                    seenFor[j] = i;
                    for (int field = 0; field < 4; field++) {
                        shared[field][j] = signature.counts[field][j];
                    }
                    touched[count++] = j;
                    joined++;
                }
            }
            out[i] = best(i, touched, count, shared);
        }
        return out;
    }

    /** At most this many signatures are ranked once each (each costs a pass over the archive). */
    static final int SIGNATURES = 64;

    /** A set of heavy keys (field in the high half, key in the low one), with the archive ranked by them alone. */
    private static final class Signature {
        final List<Long> keys;
        int[][] counts;
        private int[] ranked;

        Signature(List<Long> keys) {
            this.keys = keys;
        }

        /** Every interview sharing one of the keys, by how many it shares field by field, then by index. */
        int[] ranked(java.util.BitSet[][] members, int n) {
            if (ranked == null) {
                counts = new int[4][n];
                java.util.BitSet any = new java.util.BitSet(n);
                for (long heavy : keys) {
                    java.util.BitSet set = members[(int) (heavy >>> 32)][(int) heavy];
                    int[] count = counts[(int) (heavy >>> 32)];
                    for (int j = set.nextSetBit(0); j >= 0; j = set.nextSetBit(j + 1)) {
                        count[j]++;
                    }
                    any.or(set);
                }
                Integer[] order = any.stream().boxed().toArray(Integer[]::new);
                java.util.Arrays.sort(order, (a, b) -> stronger(a, b, counts[0], counts[1], counts[2], counts[3]) ? -1
                        : stronger(b, a, counts[0], counts[1], counts[2], counts[3]) ? 1 : 0);
                ranked = java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
            }
            return ranked;
        }
    }

    /** The best {@link #MAX} of the {@code count} touched candidates (itself excluded), by insertion into a short list. */
    private static int[] best(int i, int[] touched, int count, int[][] shared) {
        int[] best = new int[MAX];
        int size = 0;
        for (int t = 0; t < count; t++) {
            int j = touched[t];
            if (j == i) {
                continue;
            }
            int at = size;
            while (at > 0 && stronger(j, best[at - 1], shared[0], shared[1], shared[2], shared[3])) {
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
        return java.util.Arrays.copyOf(best, size);
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
