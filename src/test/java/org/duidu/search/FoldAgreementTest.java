package org.duidu.search;

import org.duidu.model.Edition;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fold undoes character conversion: the source and zh-Hans text of every seed paragraph fold to
 * the same characters. zh-Hant is not compared: the converter currently also substitutes Taiwan
 * vocabulary (优化→最佳化, 创建→建立, 社区→社羣), which no character fold can undo; for such
 * paragraphs the indexer indexes the zh-Hant form as well, and {@link FindabilityTest} checks that
 * its substrings are found.
 */
class FoldAgreementTest {
    private final ScriptFold fold = ScriptFold.standard();

    @Test
    void sourceAndSimplifiedTextOfEverySeedParagraphFoldAlike() {
        Publication publication = SeedFixture.publication();
        List<Paragraph> source = publication.source().paragraphs();
        List<Paragraph> hans = publication.hans().paragraphs();
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < hans.size(); i++) {
            String s = fold.fold(SearchIndexer.indexedText(source.get(i), null));
            String h = fold.fold(SearchIndexer.indexedText(hans.get(i), Edition.HANS));
            if (!s.equals(h)) {
                disagreements.add("p" + hans.get(i).number() + ": " + firstDifference(s, h));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static String firstDifference(String a, String b) {
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return "at " + i + ": " + a.charAt(i) + "/" + b.charAt(i);
            }
        }
        return "lengths " + a.length() + "/" + b.length();
    }

    @Test
    void theFoldIsIdempotent() {
        fold.variants().forEach((variant, representative) ->
                assertThat(fold.variants()).as("%c folds to %c", variant, representative).doesNotContainKey(representative));
    }
}
