package org.duidu.search;

import org.duidu.model.Edition;
import org.duidu.model.Interview;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §5 and issue 4: every 2–8 character substring of every paragraph of the seed, in the
 * source, zh-Hans and zh-Hant texts, finds its paragraph. Substrings are taken from the text search
 * sees (garbled runs are not indexed) and must contain a letter or digit (Han characters are letters) (a query of
 * punctuation only is empty).
 */
class FindabilityTest {

    @Test
    void everySubstringOfTwoToEightCharactersFindsItsParagraph(@TempDir Path temp) throws IOException {
        Publication publication = SeedFixture.publication();
        SearchIndexer.write(List.of(publication), temp, new MemoryTree());
        int queries = 0;
        Set<String> asked = new HashSet<>();
        List<String> misses = new ArrayList<>();
        try (Searcher searcher = Searcher.open(temp)) {
            for (Edition edition : new Edition[] {null, Edition.HANS, Edition.HANT}) {
                Interview form = edition == null ? publication.source() : publication.in(edition);
                for (int section = 0; section <= form.sections().size(); section++) {
                    List<Paragraph> paragraphs = section == 0 ? form.lead() : form.sections().get(section - 1).paragraphs();
                    for (Paragraph paragraph : paragraphs) {
                        for (String query : substrings(SearchIndexer.indexedText(paragraph, edition))) {
                            queries++;
                            // a query's hits depend only on its folded form (the searcher folds first)
                            if (!asked.add(paragraph.number() + ":" + ScriptFold.standard().fold(query))) {
                                continue;
                            }
                            SearchRequest request = SearchRequest.of(query).withSection(section).withLimit(20);
                            boolean found = searcher.search(request).hits().stream()
                                    .anyMatch(h -> h.paragraph() == paragraph.number());
                            if (!found) {
                                misses.add("p" + paragraph.number() + ": " + query);
                            }
                        }
                    }
                }
            }
        }
        assertThat(queries).isGreaterThan(10_000);
        assertThat(misses).isEmpty();
    }

    /** Distinct substrings of 2 to 8 UTF-16 units that hold something searchable and no white space. */
    static Set<String> substrings(String text) {
        Set<String> all = new LinkedHashSet<>();
        for (int length = 2; length <= 8; length++) {
            for (int start = 0; start + length <= text.length(); start++) {
                String s = text.substring(start, start + length);
                if (s.codePoints().anyMatch(Tokenization::isLetterOrDigit)
                        && s.codePoints().noneMatch(Character::isWhitespace)) {
                    all.add(s);
                }
            }
        }
        return all;
    }
}
