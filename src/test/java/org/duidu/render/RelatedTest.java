package org.duidu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The related-interviews ranking: hand-made archives with the expected lists worked out by hand, and a
 * property against a plain pair-by-pair ranking written from the rule's words (the way the ranking
 * was computed before it went through inverted lists), over archives where keys are shared by few,
 * many and all interviews.
 */
class RelatedTest {
    private static Related.Features f(Set<String> people, Set<String> tags, String source, Set<String> terms) {
        return new Related.Features(people, tags, source, terms);
    }

    @Test
    void peopleOutrankTagsWhichOutrankTheSourceWhichOutranksRareTerms() {
        List<Related.Features> archive = List.of(
                f(Set.of("周文"), Set.of("经济"), "南方周末", Set.of("「营商环境」")), // 0
                f(Set.of(), Set.of(), "南方周末", Set.of()),                           // 1: source only
                f(Set.of(), Set.of("经济"), "", Set.of()),                             // 2: a tag
                f(Set.of("周文"), Set.of(), "", Set.of()),                             // 3: a person
                f(Set.of(), Set.of(), "", Set.of("「营商环境」")),                       // 4: a rare term
                f(Set.of(), Set.of(), "", Set.of()),                                   // 5: nothing shared
                f(Set.of("周文"), Set.of("经济"), "", Set.of()),                        // 6: a person and a tag
                f(Set.of(), Set.of(), "", Set.of("常见")), f(Set.of(), Set.of(), "", Set.of("常见")),
                f(Set.of(), Set.of(), "", Set.of()), f(Set.of(), Set.of(), "", Set.of()),
                f(Set.of(), Set.of(), "", Set.of()), f(Set.of(), Set.of(), "", Set.of()),
                f(Set.of(), Set.of(), "", Set.of()), f(Set.of(), Set.of(), "", Set.of()),
                f(Set.of(), Set.of(), "", Set.of()), f(Set.of(), Set.of(), "", Set.of()),
                f(Set.of(), Set.of(), "", Set.of()), f(Set.of(), Set.of(), "", Set.of()),
                f(Set.of(), Set.of(), "", Set.of()));
        int[][] ranked = Related.rank(archive);
        assertThat(ranked[0]).containsExactly(6, 3, 2, 1, 4);
        assertThat(ranked[5]).isEmpty();
        assertThat(ranked[4]).containsExactly(0);
        // 常见 is used by 2 of 20: rare (at most a tenth, at least two)
        assertThat(ranked[7]).containsExactly(8);
    }

    @Test
    void aTermTooCommonRelatesNothingAndTiesGoToListOrder() {
        List<Related.Features> archive = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            archive.add(f(Set.of(), Set.of(), "同一刊物", Set.of("「口号」")));
        }
        int[][] ranked = Related.rank(archive);
        // everyone shares the source; the term is in 12 of 12 (more than a tenth): the first five others in order
        assertThat(ranked[0]).containsExactly(1, 2, 3, 4, 5);
        assertThat(ranked[7]).containsExactly(0, 1, 2, 3, 4);
        assertThat(ranked[3]).containsExactly(0, 1, 2, 4, 5);
    }

    @Property(tries = 200)
    void theSameAsComparingEveryPair(@ForAll("archives") List<Related.Features> archive) {
        int[][] expected = pairByPair(archive);
        int[][] actual = Related.rank(archive);
        for (int i = 0; i < archive.size(); i++) {
            assertThat(actual[i]).as("interview %d of %d", i, archive.size()).containsExactly(expected[i]);
        }
    }

    @Property(tries = 200)
    void theSameWhenKeysSharedByMoreThanAFewCountAsHeavy(@ForAll("archives") List<Related.Features> archive,
                                                          @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6) int heavyAbove) {
        int[][] expected = pairByPair(archive);
        int[][] actual = Related.rank(archive, heavyAbove);
        for (int i = 0; i < archive.size(); i++) {
            assertThat(actual[i]).as("interview %d of %d, heavy above %d", i, archive.size(), heavyAbove).containsExactly(expected[i]);
        }
    }

    @Property(tries = 30)
    void theSameWithMoreHeavySignaturesThanAreRankedOnce(@ForAll("manyPeople") List<Related.Features> archive) {
        // twelve people, any two of them an interview's: more signatures than Related.SIGNATURES, so the walk of every key
        int[][] expected = pairByPair(archive);
        int[][] actual = Related.rank(archive, 1);
        for (int i = 0; i < archive.size(); i++) {
            assertThat(actual[i]).as("interview %d of %d", i, archive.size()).containsExactly(expected[i]);
        }
    }

    @Provide
    Arbitrary<List<Related.Features>> manyPeople() {
        Arbitrary<Set<String>> people = Arbitraries.integers().between(0, 11).map(i -> "人" + i).set().ofMinSize(1).ofMaxSize(2);
        Arbitrary<Related.Features> one = Combinators.combine(people, Arbitraries.of("", "人物")).as((p, source) ->
                new Related.Features(p, Set.of(), source, Set.of()));
        return one.list().ofMinSize(150).ofMaxSize(200);
    }

    @Provide
    Arbitrary<List<Related.Features>> archives() {
        // small key spaces so that keys are shared by few, many or all interviews
        Arbitrary<Set<String>> people = Arbitraries.of("甲", "乙", "丙", "丁").set().ofMaxSize(2);
        Arbitrary<Set<String>> tags = Arbitraries.of("经济", "文学", "教育").set().ofMaxSize(2);
        Arbitrary<String> source = Arbitraries.of("", "", "南方周末", "人物");
        Arbitrary<Set<String>> terms = Arbitraries.integers().between(0, 14).map(i -> "「词" + i + "」").set().ofMaxSize(5);
        Arbitrary<Related.Features> one = Combinators.combine(people, tags, source, terms).as(Related.Features::new);
        return one.list().ofMinSize(0).ofMaxSize(40);
    }

    /** The rule, pair by pair: count what each other interview shares, sort strongest first, ties by index. */
    private static int[][] pairByPair(List<Related.Features> archive) {
        int n = archive.size();
        Map<String, Integer> df = new HashMap<>();
        archive.forEach(a -> a.terms().forEach(t -> df.merge(t, 1, Integer::sum)));
        int rareLimit = Math.max(2, n / 10);
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            Related.Features a = archive.get(i);
            List<int[]> scored = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                Related.Features b = archive.get(j);
                int people = (int) a.people().stream().filter(b.people()::contains).count();
                int tags = (int) a.tags().stream().filter(b.tags()::contains).count();
                int source = !a.source().isEmpty() && a.source().equals(b.source()) ? 1 : 0;
                int rare = (int) a.terms().stream().filter(t -> df.get(t) >= 2 && df.get(t) <= rareLimit && b.terms().contains(t)).count();
                if (people + tags + source + rare > 0) {
                    scored.add(new int[] {j, people, tags, source, rare});
                }
            }
            scored.sort(Comparator.<int[]>comparingInt(s -> -s[1]).thenComparingInt(s -> -s[2]).thenComparingInt(s -> -s[3])
                    .thenComparingInt(s -> -s[4]).thenComparingInt(s -> s[0]));
            out[i] = scored.stream().limit(Related.MAX).mapToInt(s -> s[0]).toArray();
        }
        return out;
    }

    @Test
    void aThousandInterviewsSharingOneSourceAndHostAreRankedExactly() {
        // not a timing assertion: the ranking of a large uniform archive is still exact
        List<Related.Features> archive = IntStream.range(0, 1000)
                .mapToObj(i -> f(Set.of("主持人"), Set.of(), "同一节目", Set.of("「词" + (i / 3) + "」"))).toList();
        int[][] ranked = Related.rank(archive);
        // 5 shares host and source with all, and its rare term with 3 and 4 only
        assertThat(ranked[5]).containsExactly(3, 4, 0, 1, 2);
        assertThat(ranked[999]).containsExactly(0, 1, 2, 3, 4);
    }
}
