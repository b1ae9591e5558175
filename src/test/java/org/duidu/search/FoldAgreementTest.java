package org.duidu.search;

import org.duidu.model.Edition;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fold undoes the conversion: the source, zh-Hans and zh-Hant text of every seed paragraph fold
 * to the same characters, so each paragraph is indexed once and ranks alike in either script. (A
 * conversion that changes words, such as a Taiwan-vocabulary rule 优化→最佳化, would break this; the
 * indexer then also indexes the differing passages, see {@link FormDifferences}.)
 */
class FoldAgreementTest {
    private final ScriptFold fold = ScriptFold.standard();

    @Test
    void everyFormOfEverySeedParagraphFoldsAlike() {
        Publication publication = SeedFixture.publication();
        List<Paragraph> source = publication.source().paragraphs();
        List<Paragraph> hans = publication.hans().paragraphs();
        List<Paragraph> hant = publication.hant().paragraphs();
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < hans.size(); i++) {
            String s = fold.fold(SearchIndexer.indexedText(source.get(i), null));
            String h = fold.fold(SearchIndexer.indexedText(hans.get(i), Edition.HANS));
            String t = fold.fold(SearchIndexer.indexedText(hant.get(i), Edition.HANT));
            if (!s.equals(h)) {
                disagreements.add("p" + hans.get(i).number() + " source/zh-Hans: " + firstDifference(s, h));
            }
            if (!t.equals(h)) {
                disagreements.add("p" + hans.get(i).number() + " zh-Hant/zh-Hans: " + firstDifference(t, h));
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
