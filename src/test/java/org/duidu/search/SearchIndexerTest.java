package org.duidu.search;

import org.duidu.model.Edition;
import org.duidu.model.Interview;
import org.duidu.model.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchIndexerTest {

    @Test
    void editionsWithDifferentParagraphsAreRefused(@TempDir Path temp) throws IOException {
        Publication seed = SeedFixture.handBuilt();
        Interview shorter = new Interview(seed.slug(), seed.hans().file(), seed.hans().metadata(), seed.hans().speakers(),
                seed.hans().lead(), seed.hans().sections().subList(0, 2));
        Publication broken = new Publication(seed.source(), shorter, seed.hant(), seed.script());
        assertThatThrownBy(() -> SearchIndexer.write(List.of(broken), temp, new MemoryTree()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(seed.slug());
    }

    @Test
    void rebuildingReplacesTheIndexAndItsScripts(@TempDir Path temp) throws IOException {
        Publication seed = SeedFixture.handBuilt();
        MemoryTree first = new MemoryTree();
        SearchIndexer.write(List.of(seed), temp, first);
        MemoryTree second = new MemoryTree();
        SearchIndexer.write(List.of(seed), temp, second);
        try (Searcher searcher = Searcher.open(temp)) {
            assertThat(searcher.search(SearchRequest.of("护林员")).total()).isEqualTo(1);
        }
        // the same input gives byte-identical static files
        assertThat(second.files.keySet()).isEqualTo(first.files.keySet());
        second.files.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(first.files.get(path)));
    }

    @Test
    void anEmptySiteHasAnEmptyIndex(@TempDir Path temp) throws IOException {
        MemoryTree site = new MemoryTree();
        SearchIndexer.write(List.of(), temp, site);
        try (Searcher searcher = Searcher.open(temp)) {
            assertThat(searcher.search(SearchRequest.of("营商环境").in(Edition.HANT)).total()).isZero();
        }
        assertThat(site.files).containsKeys("search/index.js", "search/fold.js", "search/terms-0.js");
    }

    @Test
    void limitsOutsideOneToAThousandAreRefused() {
        assertThatThrownBy(() -> SearchRequest.of("x").withLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("x").withLimit(1001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apiParametersMeanWhatTheCliOptionsMean() {
        SearchRequest request = SearchRequest.fromParameters(java.util.Map.of("q", "營商環境", "edition", "zh-Hant",
                "role", "answer", "section", "3", "limit", "5"));
        assertThat(request).isEqualTo(SearchRequest.of("營商環境").in(Edition.HANT).withRole(org.duidu.model.Role.ANSWER)
                .withSection(3).withLimit(5));
        assertThat(SearchRequest.fromParameters(java.util.Map.of("q", "x"))).isEqualTo(SearchRequest.of("x"));
        for (var bad : List.of(java.util.Map.of("edition", "zh-Hans"), java.util.Map.of("q", "x", "role", "boss"),
                java.util.Map.of("q", "x", "limit", "ten"), java.util.Map.of("q", "x", "section", "-2"),
                java.util.Map.of("q", "x", "edition", "en"))) {
            assertThatThrownBy(() -> SearchRequest.fromParameters(bad)).as(bad.toString())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
