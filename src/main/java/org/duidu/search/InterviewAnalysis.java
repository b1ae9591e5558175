package org.duidu.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.duidu.model.Edition;
import org.duidu.model.Interview;
import org.duidu.model.Publication;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Analyzes one interview once, for both indexes: its Lucene documents (one per paragraph, DESIGN §5)
 * and its {@link InterviewRecord} for the static index. The record's postings repeat what Lucene's
 * inverter does with the same analyzer (positions across the values of the multi-valued text field
 * separated by {@link SearchAnalyzer#VALUE_GAP}, length = number of tokens), so both indexes rank alike.
 */
final class InterviewAnalysis {
    /** Paragraph numbers within an interview must fit the static index's document keys (ingest refuses more). */
    static final int MAX_PARAGRAPHS = Interview.MAX_PARAGRAPHS;
    /** Paragraphs per static text file. */
    static final int TEXT_BLOCK = 8;
    private static final FieldType ANALYZED = analyzedType();

    private InterviewAnalysis() {
    }

    /** The analysis of one interview. */
    record Result(List<Document> documents, InterviewRecord record) {
    }

    static Result analyze(Publication publication, ScriptFold fold, JsonFactory json) {
        List<Interview.Placed> hans = publication.hans().placedParagraphs();
        if (hans.size() > MAX_PARAGRAPHS) {
            throw new IllegalArgumentException("interview " + publication.slug() + " has " + hans.size()
                    + " paragraphs; the search index takes at most " + MAX_PARAGRAPHS);
        }
        String slug = publication.slug();
        int hash = slugHash(slug);
        Browsing.InterviewFacets facets = Browsing.InterviewFacets.of(publication);
        List<Document> documents = new ArrayList<>(hans.size());
        Map<String, TermGroup> groups = new TreeMap<>();
        Set<Integer> characters = new TreeSet<>();
        int docCount = 0;
        long sumTotalTermFreq = 0;
        String[][] texts = new String[Edition.values().length][hans.size()];
        String[][] speakers = new String[Edition.values().length][hans.size()];
        TokenCursor cursor = new TokenCursor(fold);
        // the values every engine indexes (the Solr push makes its documents from the same records)
        List<IndexedParagraph> paragraphs = IndexedParagraph.of(publication, fold);
        for (int i = 0; i < paragraphs.size(); i++) {
            IndexedParagraph p = paragraphs.get(i);
            List<String> values = p.analyzed();
            String hansText = p.hansText();
            String hantText = p.hantText();
            int section = p.section();
            int role = p.role().ordinal();

            Document document = new Document();
            for (String value : values) {
                // analyzed by the index writer's SearchAnalyzer, the same TokenCursor as the postings below
                document.add(new Field(IndexFields.TEXT, value, ANALYZED));
            }
            document.add(new StringField(IndexFields.INTERVIEW, slug, Field.Store.YES));
            document.add(new SortedDocValuesField(IndexFields.INTERVIEW, new BytesRef(slug)));
            document.add(new NumericDocValuesField(IndexFields.ORDER_HASH, hash));
            document.add(new NumericDocValuesField(IndexFields.ORDER_PARAGRAPH, i));
            document.add(new StringField(IndexFields.ROLE, p.role().id(), Field.Store.YES));
            document.add(new IntPoint(IndexFields.SECTION, section));
            document.add(new StoredField(IndexFields.SECTION, section));
            document.add(new StoredField(IndexFields.PARAGRAPH, p.paragraph()));
            document.add(new StoredField(IndexFields.text(Edition.HANS), hansText));
            document.add(new StoredField(IndexFields.text(Edition.HANT), hantText));
            document.add(new StoredField(IndexFields.SOURCE_TEXT, p.sourceText()));
            document.add(new StoredField(IndexFields.title(Edition.HANS), p.hansTitle()));
            document.add(new StoredField(IndexFields.title(Edition.HANT), p.hantTitle()));
            document.add(new StoredField(IndexFields.speaker(Edition.HANS), p.hansSpeaker()));
            document.add(new StoredField(IndexFields.speaker(Edition.HANT), p.hantSpeaker()));
            document.add(new SortedDocValuesField(IndexFields.ROLE, new BytesRef(p.role().id())));
            Browsing.addFacets(document, facets);
            documents.add(document);

            // the inverted view, as Lucene's inverter builds it from the same tokens
            Map<String, Positions> positions = new LinkedHashMap<>();
            int length = 0;
            int base = -1;
            for (int v = 0; v < values.size(); v++) {
                if (v > 0) {
                    base += SearchAnalyzer.VALUE_GAP;
                }
                int last = base;
                cursor.reset(new StringReader(values.get(v)));
                while (next(cursor)) {
                    int position = base + 1 + cursor.position();
                    positions.computeIfAbsent(cursor.term(), t -> new Positions()).add(position);
                    last = position;
                    length++;
                }
                base = last;
            }
            if (length > 0) {
                docCount++;
                sumTotalTermFreq += length;
            }
            for (Map.Entry<String, Positions> term : positions.entrySet()) {
                term.getKey().codePoints().forEach(characters::add);
                groups.computeIfAbsent(term.getKey(), t -> new TermGroup()).add(i, (long) length * 4 + role, term.getValue());
            }
            texts[Edition.HANS.ordinal()][i] = hansText;
            texts[Edition.HANT.ordinal()][i] = hantText;
            speakers[Edition.HANS.ordinal()][i] = p.hansSpeaker();
            speakers[Edition.HANT.ordinal()][i] = p.hantSpeaker();
        }
        Map<String, String> postings = new HashMap<>(groups.size() * 2);
        long estimated = 0;
        for (Map.Entry<String, TermGroup> e : groups.entrySet()) {
            String payload = e.getValue().payload();
            postings.put(e.getKey(), payload);
            estimated += payload.length() + 3;
        }
        int blocks = (hans.size() + TEXT_BLOCK - 1) / TEXT_BLOCK;
        List<String> textData = new ArrayList<>();
        // the hash of all the data joined by newlines, digested piece by piece (a long interview's data is large)
        java.security.MessageDigest all = CacheFiles.sha256();
        for (Edition edition : Edition.values()) {
            String title = publication.in(edition).metadata().title();
            for (int b = 0; b < blocks; b++) {
                int from = b * TEXT_BLOCK;
                int to = Math.min(hans.size(), from + TEXT_BLOCK);
                String data = textData(json, slug, title, hans.subList(from, to), texts[edition.ordinal()],
                        speakers[edition.ordinal()], from);
                textData.add(data);
                all.update(data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                all.update((byte) '\n');
            }
        }
        int[] chars = characters.stream().mapToInt(Integer::intValue).toArray();
        InterviewRecord record = new InterviewRecord(slug, hash, docCount, sumTotalTermFreq, estimated, blocks,
                java.nio.ByteBuffer.wrap(all.digest()).getLong(), chars, textData, postings);
        return new Result(documents, record);
    }

    /** The data of one text file: the interview, its title, and each paragraph's place, text and speaker. */
    private static String textData(JsonFactory json, String slug, String title, List<Interview.Placed> placed,
                                   String[] texts, String[] speakers, int from) {
        StringBuilder sections = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (Interview.Placed p : placed) {
            StaticIndexWriter.varint(p.section(), sections);
            StaticIndexWriter.varint(p.paragraph().number(), numbers);
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("interview", slug);
            g.writeStringField("title", title);
            g.writeStringField("section", sections.toString());
            g.writeStringField("paragraph", numbers.toString());
            g.writeArrayFieldStart("texts");
            for (int i = 0; i < placed.size(); i++) {
                g.writeString(texts[from + i]);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("speakers");
            for (int i = 0; i < placed.size(); i++) {
                g.writeString(speakers[from + i]);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** 24 bits of FNV-1a over the slug's UTF-16 code units: the interview's place in the static index. */
    static int slugHash(String slug) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < slug.length(); i++) {
            hash ^= slug.charAt(i);
            hash *= 0x01000193;
        }
        return hash >>> 8;
    }

    private static boolean next(TokenCursor cursor) {
        try {
            return cursor.next();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
    }

    /** One term's positions in one paragraph, unboxed: a long paragraph has millions. */
    private static final class Positions {
        int[] values = new int[4];
        int size;

        void add(int position) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }
    }

    /** One term's entries in one interview: per paragraph, its number delta, frequency, length and role, positions. */
    private static final class TermGroup {
        private final StringBuilder entries = new StringBuilder();
        private int count;
        private int previous;

        void add(int paragraph, long lengthAndRole, Positions positions) {
            StaticIndexWriter.varint(paragraph - previous, entries);
            previous = paragraph;
            StaticIndexWriter.varint(positions.size, entries);
            StaticIndexWriter.varint(lengthAndRole, entries);
            int last = 0;
            for (int p = 0; p < positions.size; p++) {
                StaticIndexWriter.varint(positions.values[p] - last, entries);
                last = positions.values[p];
            }
            count++;
        }

        String payload() {
            StringBuilder out = new StringBuilder(entries.length() + 2);
            StaticIndexWriter.varint(count, out);
            return out.append(entries).toString();
        }
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
