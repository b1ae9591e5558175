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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Analyzes one interview once, for both indexes: its Lucene documents (one per paragraph, DESIGN §5)
 * and its {@link InterviewRecord} for the static index. The text fields' values are
 * {@link TeeTokenStream}s: as the index writer inverts them, each token also goes into the record's
 * postings, which repeat what the inverter does with them (positions across the values of the
 * multi-valued text field separated by {@link SearchAnalyzer#VALUE_GAP}, length = number of tokens),
 * so both indexes rank alike and each paragraph is tokenized once.
 */
final class InterviewAnalysis {
    /** Paragraph numbers within an interview must fit the static index's document keys (ingest refuses more). */
    static final int MAX_PARAGRAPHS = Interview.MAX_PARAGRAPHS;
    /** Paragraphs per static text file. */
    static final int TEXT_BLOCK = 8;
    private static final FieldType ANALYZED = analyzedType();

    private final Publication publication;
    private final JsonFactory json;
    private final Postings postings;
    private final String[][] texts;
    private final String[][] speakers;
    private final List<IndexedParagraph> paragraphs;
    private final TokenCursor cursor;
    private final Browsing.InterviewFacets facets;
    private final int hash;

    private InterviewAnalysis(Publication publication, JsonFactory json, Postings postings, String[][] texts, String[][] speakers,
                              List<IndexedParagraph> paragraphs, TokenCursor cursor, Browsing.InterviewFacets facets) {
        this.publication = publication;
        this.json = json;
        this.postings = postings;
        this.texts = texts;
        this.speakers = speakers;
        this.paragraphs = paragraphs;
        this.cursor = cursor;
        this.facets = facets;
        this.hash = slugHash(publication.slug());
    }

    /**
     * The interview's Lucene documents, each made when the index writer reaches it (a 20 MB interview's
     * 36,000 documents are not all held at once, issue 9); indexing them, in order and once, fills in
     * the static postings.
     */
    Iterable<Document> documents() {
        return () -> new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < paragraphs.size();
            }

            @Override
            public Document next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return document(next++);
            }
        };
    }

    /** How many chars of text the interview's documents hold (both editions). */
    long characters() {
        long n = 0;
        for (String[] edition : texts) {
            for (String text : edition) {
                n += text.length();
            }
        }
        return n;
    }

    /**
     * Prepares an interview's documents; their text is analyzed when the index writer inverts them,
     * and {@link #record} is known after that.
     */
    static InterviewAnalysis analyze(Publication publication, ScriptFold fold, JsonFactory json) {
        List<Interview.Placed> hans = publication.hans().placedParagraphs();
        if (hans.size() > MAX_PARAGRAPHS) {
            throw new IllegalArgumentException("interview " + publication.slug() + " has " + hans.size()
                    + " paragraphs; the search index takes at most " + MAX_PARAGRAPHS);
        }
        String[][] texts = new String[Edition.values().length][hans.size()];
        String[][] speakers = new String[Edition.values().length][hans.size()];
        // the values every engine indexes (the Solr push makes its documents from the same records)
        List<IndexedParagraph> paragraphs = IndexedParagraph.of(publication, fold);
        int[] roles = new int[paragraphs.size()];
        int values = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            IndexedParagraph p = paragraphs.get(i);
            values += p.analyzed().size();
            roles[i] = p.role().ordinal();
            texts[Edition.HANS.ordinal()][i] = p.hansText();
            texts[Edition.HANT.ordinal()][i] = p.hantText();
            speakers[Edition.HANS.ordinal()][i] = p.hansSpeaker();
            speakers[Edition.HANT.ordinal()][i] = p.hantSpeaker();
        }
        return new InterviewAnalysis(publication, json, new Postings(roles, values), texts, speakers, paragraphs,
                new TokenCursor(fold), Browsing.InterviewFacets.of(publication));
    }

    /** The Lucene document of paragraph {@code i}. */
    private Document document(int i) {
        IndexedParagraph p = paragraphs.get(i);
        String slug = publication.slug();
        List<String> analyzed = p.analyzed();
        int section = p.section();
        Document document = new Document();
        for (int v = 0; v < analyzed.size(); v++) {
            // tokenized once, as the index writer reads it, for Lucene and the static postings alike
            document.add(new Field(IndexFields.TEXT, new TeeTokenStream(cursor, analyzed.get(v), postings, i, v), ANALYZED));
        }
        document.add(new StringField(IndexFields.INTERVIEW, slug, Field.Store.YES));
        document.add(new SortedDocValuesField(IndexFields.INTERVIEW, new BytesRef(slug)));
        document.add(new NumericDocValuesField(IndexFields.ORDER_HASH, hash));
        document.add(new NumericDocValuesField(IndexFields.ORDER_PARAGRAPH, i));
        document.add(new StringField(IndexFields.ROLE, p.role().id(), Field.Store.YES));
        document.add(new IntPoint(IndexFields.SECTION, section));
        document.add(new StoredField(IndexFields.SECTION, section));
        document.add(new StoredField(IndexFields.PARAGRAPH, p.paragraph()));
        document.add(new StoredField(IndexFields.text(Edition.HANS), p.hansText()));
        document.add(new StoredField(IndexFields.text(Edition.HANT), p.hantText()));
        document.add(new StoredField(IndexFields.SOURCE_TEXT, p.sourceText()));
        document.add(new StoredField(IndexFields.title(Edition.HANS), p.hansTitle()));
        document.add(new StoredField(IndexFields.title(Edition.HANT), p.hantTitle()));
        document.add(new StoredField(IndexFields.speaker(Edition.HANS), p.hansSpeaker()));
        document.add(new StoredField(IndexFields.speaker(Edition.HANT), p.hantSpeaker()));
        document.add(new SortedDocValuesField(IndexFields.ROLE, new BytesRef(p.role().id())));
        Browsing.addFacets(document, facets);
        return document;
    }

    /**
     * The interview's record for the static index, from the tokens the index writer read.
     *
     * @throws IllegalStateException when the documents were not indexed (every text value read once, in order)
     */
    InterviewRecord record() {
        postings.finish();
        List<Interview.Placed> hans = publication.hans().placedParagraphs();
        String slug = publication.slug();
        Map<String, String> encoded = new TreeMap<>();
        long estimated = 0;
        int[] chars = new int[postings.groups.size()];
        int characters = 0;
        long[] keys = new long[postings.groups.size()];
        TermGroup[] groups = new TermGroup[keys.length];
        int[] at = {0};
        postings.groups.forEach((key, group) -> {
            keys[at[0]] = key;
            groups[at[0]++] = group;
        });
        for (int i = 0; i < keys.length; i++) {
            long key = keys[i];
            String payload = groups[i].payload();
            encoded.put(TokenCursor.term(key), payload);
            estimated += payload.length() + 3;
            if ((key & ((1 << 21) - 1)) == 0) {
                // a unigram: every character of a bigram is also a unigram of its own
                chars[characters++] = (int) (key >>> 21);
            }
        }
        chars = Arrays.copyOf(chars, characters);
        Arrays.sort(chars);
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
                CacheFiles.digestUtf8(all, data);
                all.update((byte) '\n');
            }
        }
        return new InterviewRecord(slug, slugHash(slug), postings.docCount, postings.sumTotalTermFreq, estimated, blocks,
                java.nio.ByteBuffer.wrap(all.digest()).getLong(), chars, textData, encoded);
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
        // sized for the texts up front: a 20 MB paragraph is not copied through a doubling buffer (issue 9)
        long size = 256L + sections.length() + numbers.length() + slug.length() + title.length();
        for (int i = 0; i < placed.size(); i++) {
            size += texts[from + i].length() + speakers[from + i].length() + 8;
        }
        StringWriter out = new StringWriter((int) Math.min(size + size / 16, Integer.MAX_VALUE - 16));
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

    /**
     * The inverted view of an interview's paragraphs, as Lucene's inverter builds it from the same
     * tokens: per term, the paragraphs it occurs in with their positions. Tokens arrive paragraph by
     * paragraph, value by value, in position order.
     */
    private static final class Postings implements TeeTokenStream.Sink {
        final LongMap<TermGroup> groups = new LongMap<>(4096);
        private final List<TermGroup> touched = new ArrayList<>();
        private final int[] roles;
        private final int values;
        private int seen;
        private int paragraph = -1;
        private int value = -1;
        private int length;
        /** Position before the current value's first token, and the last position so far. */
        private int base;
        private int last;
        int docCount;
        long sumTotalTermFreq;
        private boolean finished;

        Postings(int[] roles, int values) {
            this.roles = roles;
            this.values = values;
        }

        @Override
        public void startValue(int paragraph, int value) {
            boolean next = paragraph == this.paragraph ? value == this.value + 1 : paragraph > this.paragraph && value == 0;
            if (!next || finished) {
                throw new IllegalStateException("text values read out of order: paragraph " + paragraph + " value " + value);
            }
            if (paragraph != this.paragraph) {
                endParagraph();
                this.paragraph = paragraph;
                length = 0;
                last = -1;
                base = -1;
            } else {
                base = last + SearchAnalyzer.VALUE_GAP;
                last = base;
            }
            this.value = value;
            seen++;
        }

        @Override
        public void token(long termKey, int position) {
            int p = base + 1 + position;
            TermGroup group = groups.get(termKey);
            if (group == null) {
                group = new TermGroup();
                groups.put(termKey, group);
            }
            if (group.paragraph != paragraph) {
                group.start(paragraph);
                touched.add(group);
            }
            group.add(p);
            last = p;
            length++;
        }

        private void endParagraph() {
            if (paragraph < 0) {
                return;
            }
            if (length > 0) {
                docCount++;
                sumTotalTermFreq += length;
            }
            long lengthAndRole = (long) length * 4 + roles[paragraph];
            for (TermGroup group : touched) {
                group.end(lengthAndRole);
            }
            touched.clear();
        }

        void finish() {
            if (finished) {
                return;
            }
            if (seen != values) {
                throw new IllegalStateException("the index writer read " + seen + " of the " + values + " text values");
            }
            endParagraph();
            finished = true;
        }
    }

    /** One term's entries in one interview: per paragraph, its number delta, frequency, length and role, positions. */
    private static final class TermGroup {
        private StringBuilder entries = new StringBuilder();
        private int count;
        private int previous;
        /** The paragraph being read and the term's positions in it, unboxed: a long paragraph has millions. */
        int paragraph = -1;
        private int[] positions = new int[4];
        private int size;

        void start(int paragraph) {
            this.paragraph = paragraph;
            size = 0;
        }

        void add(int position) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
        }

        void end(long lengthAndRole) {
            StaticIndexWriter.varint(paragraph - previous, entries);
            previous = paragraph;
            StaticIndexWriter.varint(size, entries);
            StaticIndexWriter.varint(lengthAndRole, entries);
            int at = 0;
            for (int p = 0; p < size; p++) {
                StaticIndexWriter.varint(positions[p] - at, entries);
                at = positions[p];
            }
            count++;
            if (positions.length > 64) {
                positions = new int[4]; // a long paragraph's positions are not kept for the next
            }
        }

        /** The group's payload; its entries are let go (the record holds the payload: not both at once, issue 9). */
        String payload() {
            StringBuilder out = new StringBuilder(entries.length() + 2);
            StaticIndexWriter.varint(count, out);
            String payload = out.append(entries).toString();
            entries = null;
            return payload;
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
