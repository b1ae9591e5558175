package org.duidu.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.duidu.model.ChineseTypography;
import org.duidu.model.Edition;
import org.duidu.model.Inline;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.duidu.publish.OutputTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the search indexes of a site: the Lucene index (one document per paragraph, DESIGN §5) and
 * the static index under {@code search/} in the site, derived from the Lucene index so that the
 * browser ranks exactly as {@link Searcher} does.
 */
public final class SearchIndexer {
    private static final FieldType ANALYZED = analyzedType();

    private SearchIndexer() {
    }

    /**
     * Indexes every paragraph of every publication.
     *
     * @param publications the interviews, in site order
     * @param luceneDir    where the Lucene index goes (created, or replaced if it holds one)
     * @param site         where the static index files go ({@code search/*.js})
     * @throws IOException when an index cannot be written
     */
    public static void write(List<Publication> publications, Path luceneDir, OutputTree site) throws IOException {
        ScriptFold fold = ScriptFold.standard();
        Files.createDirectories(luceneDir);
        IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer(fold))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new ExactBm25Similarity())
                // keeps documents in insertion order through merges, so rebuilds are reproducible
                .setMergePolicy(new LogDocMergePolicy())
                .setRAMBufferSizeMB(64);
        try (Directory directory = FSDirectory.open(luceneDir); IndexWriter writer = new IndexWriter(directory, config)) {
            for (Publication publication : publications) {
                addInterview(writer, publication);
            }
            // one segment: the static index numbers documents as Lucene does, for identical tie-breaks
            writer.forceMerge(1);
            writer.commit();
        }
        StaticIndexWriter.write(luceneDir, site, fold);
    }

    private static void addInterview(IndexWriter writer, Publication publication) throws IOException {
        for (IndexedParagraph p : IndexedParagraph.of(publication)) {
            Document document = new Document();
            for (String value : p.analyzed()) {
                document.add(new Field(IndexFields.TEXT, value, ANALYZED));
            }
            document.add(new StringField(IndexFields.INTERVIEW, p.interview(), Field.Store.YES));
            document.add(new StringField(IndexFields.ROLE, p.role().id(), Field.Store.YES));
            document.add(new IntPoint(IndexFields.SECTION, p.section()));
            document.add(new StoredField(IndexFields.SECTION, p.section()));
            document.add(new StoredField(IndexFields.PARAGRAPH, p.paragraph()));
            document.add(new StoredField(IndexFields.text(Edition.HANS), p.hansText()));
            document.add(new StoredField(IndexFields.text(Edition.HANT), p.hantText()));
            document.add(new StoredField(IndexFields.SOURCE_TEXT, p.sourceText()));
            document.add(new StoredField(IndexFields.title(Edition.HANS), p.hansTitle()));
            document.add(new StoredField(IndexFields.title(Edition.HANT), p.hantTitle()));
            document.add(new StoredField(IndexFields.speaker(Edition.HANS), p.hansSpeaker()));
            document.add(new StoredField(IndexFields.speaker(Edition.HANT), p.hantSpeaker()));
            writer.addDocument(document);
        }
    }

    /**
     * The text search sees: garbled runs (mojibake) become an ellipsis, which separates words, so
     * they are neither indexed nor joined into false bigrams with their neighbours. Edition text is
     * typeset as on the pages (full-width punctuation); the analyzer's NFKC folds it back, so tokens
     * and positions are the same either way.
     */
    static String indexedText(Paragraph paragraph, Edition edition) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : paragraph.inlines()) {
            if (inline instanceof Inline.Garbled) {
                text.append('…');
            } else if (edition == null) {
                text.append(inline.text());
            } else {
                // the editions' text as their pages show it, so snippets read like the page
                String run = inline instanceof Inline.Verbatim verbatim ? verbatim.in(edition) : inline.text();
                text.append(ChineseTypography.fullWidthPunctuation(run));
            }
        }
        return text.toString();
    }

    private static FieldType analyzedType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setTokenized(true);
        type.setStored(false);
        type.freeze();
        return type;
    }
}
