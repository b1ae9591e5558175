package org.duidu.search;

import org.duidu.model.Edition;
import org.duidu.model.Interview;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.duidu.model.Role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One paragraph as a search engine indexes it (DESIGN §5), whichever engine: the local Lucene index
 * ({@link SearchIndexer}) and a Solr collection ({@code org.duidu.search.solr}) are fed from this, so
 * both index the same values.
 *
 * @param interview the interview's slug
 * @param file      the interview's seed file (the site's order of interviews is the order of these)
 * @param role      the paragraph's role
 * @param section   its section number (0 for the lead)
 * @param paragraph its number ({@code pN})
 * @param analyzed  the values of the analyzed {@code text} field: the zh-Hans text, then the
 *                  passages of the other forms that fold differently (see {@link FormDifferences})
 * @param hansText  the zh-Hans text as its page shows it (stored, for snippets)
 * @param hantText  the zh-Hant text as its page shows it
 * @param sourceText the source text
 * @param hansTitle the interview's zh-Hans title
 * @param hantTitle the interview's zh-Hant title
 * @param hansSpeaker the speaker in zh-Hans (empty for the lead)
 * @param hantSpeaker the speaker in zh-Hant
 */
public record IndexedParagraph(String interview, String file, Role role, int section, int paragraph, List<String> analyzed,
                               String hansText, String hantText, String sourceText, String hansTitle, String hantTitle,
                               String hansSpeaker, String hantSpeaker) {
    /** Copies the values. */
    public IndexedParagraph {
        analyzed = List.copyOf(analyzed);
    }

    /** The interview's place among score ties, as the local index and the static index order them (then slug, then paragraph). */
    public int orderHash() {
        return InterviewAnalysis.slugHash(interview);
    }

    /**
     * Every paragraph of an interview, in order.
     *
     * @throws IllegalArgumentException when the source and editions differ in paragraphs
     */
    public static List<IndexedParagraph> of(Publication publication) {
        return of(publication, ScriptFold.standard());
    }

    /** Like {@link #of(Publication)}, folding with {@code fold}. */
    static List<IndexedParagraph> of(Publication publication, ScriptFold fold) {
        List<Interview.Placed> source = publication.source().placedParagraphs();
        List<Interview.Placed> hans = publication.hans().placedParagraphs();
        List<Interview.Placed> hant = publication.hant().placedParagraphs();
        if (source.size() != hans.size() || hans.size() != hant.size()) {
            throw new IllegalArgumentException("interview " + publication.slug()
                    + " has different paragraphs in its source and editions; the converter must keep the structure");
        }
        List<IndexedParagraph> out = new ArrayList<>(hans.size());
        for (int i = 0; i < hans.size(); i++) {
            Paragraph hansParagraph = hans.get(i).paragraph();
            Paragraph hantParagraph = hant.get(i).paragraph();
            String hansText = SearchIndexer.indexedText(hansParagraph, Edition.HANS);
            String hantText = SearchIndexer.indexedText(hantParagraph, Edition.HANT);
            String sourceText = SearchIndexer.indexedText(source.get(i).paragraph(), null);
            // the zh-Hans text, plus the passages of the other forms that fold differently (see
            // FormDifferences), so a substring of any form finds the paragraph
            List<String> analyzed = new ArrayList<>();
            analyzed.add(hansText);
            Set<String> added = new LinkedHashSet<>();
            for (String other : List.of(hantText, sourceText)) {
                for (int[] passage : FormDifferences.passages(hansText, other, fold)) {
                    String extra = other.substring(passage[0], passage[1]);
                    if (added.add(fold.fold(extra))) {
                        analyzed.add(extra);
                    }
                }
            }
            out.add(new IndexedParagraph(publication.slug(), publication.source().file(), hansParagraph.role(), hans.get(i).section(),
                    hansParagraph.number(), analyzed, hansText, hantText, sourceText,
                    publication.hans().metadata().title(), publication.hant().metadata().title(),
                    hansParagraph.speaker(), hantParagraph.speaker()));
        }
        return out;
    }
}
