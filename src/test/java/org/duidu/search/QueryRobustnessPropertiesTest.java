package org.duidu.search;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterProperty;
import org.duidu.model.Edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a reader types, search answers without an error, and snippets stay well-formed. */
class QueryRobustnessPropertiesTest {
    private Path directory;
    private Searcher searcher;

    private Searcher searcher() {
        if (searcher == null) {
            try {
                directory = Files.createTempDirectory("duidu-search-properties");
                SearchIndexer.write(List.of(SeedFixture.handBuilt()), directory, new MemoryTree());
                searcher = Searcher.open(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return searcher;
    }

    @AfterProperty
    void close() throws IOException {
        if (searcher != null) {
            searcher.close();
            searcher = null;
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Property(tries = 300)
    void anyStringIsAValidQuery(@ForAll @StringLength(max = 24) String query) throws IOException {
        SearchResults results = searcher().search(SearchRequest.of(query).in(Edition.HANT).withLimit(5));
        assertThat(results.total()).isGreaterThanOrEqualTo(results.hits().size());
        for (SearchHit hit : results.hits()) {
            String withoutMarks = hit.snippet().replace("<mark>", "").replace("</mark>", "");
            assertThat(withoutMarks).doesNotContain("<", ">");
            assertThat(hit.snippet().split("<mark>", -1).length).isEqualTo(hit.snippet().split("</mark>", -1).length);
        }
    }
}
