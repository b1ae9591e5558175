package org.duidu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.duidu.aids.ReadingAids;
import org.duidu.config.ConfigLoader;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Aids;
import org.duidu.model.Publication;
import org.duidu.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parallel views kept for the second edition (the real seed, both views): the same pairs as made
 * on demand, each made once however many threads read it.
 */
class SharedPairsTest {
    private static Publication seed;
    private static Aids aids;

    @BeforeAll
    static void prepare() {
        seed = SiteBuilder.prepare(ConfigLoader.load(Path.of("."), Path.of("target/shared-pairs-out")), new Diagnostics()).publications()
                .stream().filter(p -> p.slug().equals("000_8e6aaae491def166")).findFirst().orElseThrow();
        aids = ReadingAids.load().annotate(seed);
    }

    @Test
    void keptPairsEqualPairsMadeOnDemandAndAreMadeOnceForTwoReaders() {
        ViewBuilder.Parallel onDemand = ViewBuilder.pairs(seed, aids);
        ViewBuilder.Parallel shared = ViewBuilder.sharedPairs(seed, aids);
        assertThat(onDemand.plain()).hasSizeGreaterThan(20);
        // two editions' pages read the views at once, as renderInterview does
        CompletableFuture<List<Views.Pair>> other = CompletableFuture.supplyAsync(() -> readAll(shared));
        List<Views.Pair> first = readAll(shared);
        List<Views.Pair> second = other.join();
        List<Views.Pair> expected = readAll(onDemand);
        assertThat(first).isEqualTo(expected);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("pair %d: the very object the other reader got", i).isSameAs(first.get(i));
        }
        assertThat(onDemand.plain().get(3)).as("made on demand: a new object each time").isNotSameAs(onDemand.plain().get(3));
        // the pinyin view carries ruby, the plain one does not
        int plain = onDemand.plain().size();
        assertThat(first.subList(plain, first.size())).anyMatch(SharedPairsTest::hasRuby);
        assertThat(first.subList(0, plain)).noneMatch(SharedPairsTest::hasRuby);
    }

    private static boolean hasRuby(Views.Pair pair) {
        return pair.hant().stream().anyMatch(r -> r.html() != null && r.html().contains("<rt>"));
    }

    private static List<Views.Pair> readAll(ViewBuilder.Parallel parallel) {
        List<Views.Pair> all = new ArrayList<>(parallel.plain());
        all.addAll(parallel.pinyin());
        return all;
    }
}
