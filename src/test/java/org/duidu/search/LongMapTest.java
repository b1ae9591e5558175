package org.duidu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The term-number map answers as {@link HashMap} does after any sequence of puts: keys like term
 * numbers (CJK unigrams and bigrams, which differ in their low bits) and keys made to collide, from a
 * table that starts small, so that probe chains wrap around and the table grows several times.
 */
class LongMapTest {
    @Provide
    Arbitrary<List<Long>> keys() {
        Arbitrary<Long> term = Arbitraries.integers().between(0x4E00, 0x4E40).flatMap(first ->
                Arbitraries.integers().between(-1, 40).map(second -> ((long) first << 21) | (second == -1 ? 0 : 0x4E00 + second + 1)));
        // multiples of a large power of two share their low bits and, with few slots, their home slot
        Arbitrary<Long> colliding = Arbitraries.integers().between(0, 50).map(n -> (long) n << 40);
        return Arbitraries.oneOf(term, colliding, Arbitraries.longs()).list().ofMaxSize(600);
    }

    @Property(tries = 300)
    void answersAsHashMapDoes(@ForAll("keys") List<Long> keys) {
        LongMap<String> map = new LongMap<>(1);
        Map<Long, String> expected = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i);
            if (map.get(key) == null) {
                map.put(key, "v" + i);
            } else {
                map.put(key, map.get(key) + "+" + i);
            }
            expected.merge(key, "v" + i, (old, v) -> old + "+" + v.substring(1));
        }
        assertThat(map.size()).isEqualTo(expected.size());
        Map<Long, String> seen = new HashMap<>();
        map.forEach((key, value) -> assertThat(seen.put(key, value)).as("each key once").isNull());
        assertThat(seen).isEqualTo(expected);
        for (long key : keys) {
            assertThat(map.get(key)).isEqualTo(expected.get(key));
        }
        assertThat(map.get(Long.MIN_VALUE + 12345)).isEqualTo(expected.get(Long.MIN_VALUE + 12345));
    }

    @Test
    void zeroIsAKeyLikeAnyOther() {
        LongMap<String> map = new LongMap<>();
        assertThat(map.get(0)).isNull();
        map.put(0, "zero");
        assertThat(map.get(0)).isEqualTo("zero");
        assertThat(map.size()).isEqualTo(1);
    }
}
