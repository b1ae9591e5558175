package org.duidu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The compact path set answers as {@link HashSet} does (the JDK's set, an independent implementation)
 * after any sequence of adds and removes: few distinct paths, so that removals hit and probe chains
 * collide and wrap around the table's end; and under two threads writing at once.
 */
class PathSetTest {
    @Provide
    Arbitrary<List<Tuple.Tuple2<Boolean, String>>> operations() {
        // site-like paths from a small pool: the same path is added and removed again and again
        Arbitrary<String> path = Arbitraries.integers().between(0, 60)
                .map(n -> (n % 2 == 0 ? "zh-Hans/" : "zh-Hant/") + String.format("%06d", n) + ".html");
        Arbitrary<Boolean> add = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(true)), Tuple.of(2, Arbitraries.just(false)));
        return Combinators.combine(add, path).as(Tuple::of).list().ofMaxSize(400);
    }

    @Property(tries = 300)
    void answersAsHashSetDoes(@ForAll("operations") List<Tuple.Tuple2<Boolean, String>> operations) {
        PathSet set = new PathSet();
        Set<String> expected = new HashSet<>();
        for (Tuple.Tuple2<Boolean, String> op : operations) {
            if (op.get1()) {
                assertThat(set.add(op.get2())).isEqualTo(expected.add(op.get2()));
            } else {
                assertThat(set.remove(op.get2())).isEqualTo(expected.remove(op.get2()));
            }
            assertThat(set.size()).isEqualTo(expected.size());
        }
        for (int n = 0; n <= 60; n++) {
            for (String dir : List.of("zh-Hans/", "zh-Hant/")) {
                String p = dir + String.format("%06d", n) + ".html";
                assertThat(set.contains(p)).as(p).isEqualTo(expected.contains(p));
            }
        }
        assertThat(set.toSet()).isEqualTo(expected);
        assertThat(set.sorted()).isEqualTo(expected.stream().sorted().toList());
    }

    @Test
    void growsPastManyPathsAndKeepsThemAll() {
        PathSet set = new PathSet();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            paths.add("zh-Hans/terms/" + i + ".html");
        }
        set.addAll(paths);
        assertThat(set.size()).isEqualTo(50_000);
        for (int i = 0; i < 50_000; i += 2) {
            assertThat(set.remove(paths.get(i))).isTrue();
        }
        assertThat(set.size()).isEqualTo(25_000);
        for (int i = 0; i < 50_000; i++) {
            assertThat(set.contains(paths.get(i))).isEqualTo(i % 2 == 1);
        }
    }

    @Test
    void twoWritersAtOnceLoseNothing() throws Exception {
        PathSet set = new PathSet();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (String dir : List.of("zh-Hans/", "zh-Hant/")) {
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 20_000; i++) {
                        set.add(dir + i + ".html");
                        if (i % 3 == 0) {
                            set.remove(dir + i + ".html");
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> w : writers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        // 20,000 a writer, less the 6,667 each removed again
        assertThat(set.size()).isEqualTo(2 * (20_000 - 6_667));
        assertThat(set.contains("zh-Hans/1.html")).isTrue();
        assertThat(set.contains("zh-Hant/3.html")).isFalse();
    }
}
