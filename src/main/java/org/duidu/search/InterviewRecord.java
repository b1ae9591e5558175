package org.duidu.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one interview contributes to the static search index, kept in the build cache so that a
 * later build can patch the static files for a changed interview without reading anything else:
 * its postings (term to its group of postings entries, see {@link StaticIndexWriter#encode}), its
 * text files' data, the characters it indexes and its share of the collection statistics.
 *
 * @param slug             the interview
 * @param hash             24-bit hash of the slug; with a collision rank it makes the interview's key
 * @param docCount         paragraphs with at least one token
 * @param sumTotalTermFreq tokens of all paragraphs
 * @param estimatedBytes   its share of the postings bytes (sizes the shards)
 * @param blocks           text files per edition
 * @param textHash         hash of the text files' data
 * @param characters       the code points of its terms, ascending
 * @param texts            the text files' data, edition by edition, block by block
 * @param postings         term to the interview's postings group, in term order
 */
record InterviewRecord(String slug, int hash, int docCount, long sumTotalTermFreq, long estimatedBytes, int blocks,
                       long textHash, int[] characters, List<String> texts, Map<String, String> postings) {
    private static final int MAGIC = 0x44535231; // "DSR1"

    InterviewRecord {
        texts = List.copyOf(texts);
        // the term-ordered maps this package makes (InterviewAnalysis.record, read) are new and handed
        // over: copying their thousands of entries again took 1% of a cold build
        postings = postings instanceof TreeMap<String, String> sorted && sorted.comparator() == null
                ? Collections.unmodifiableMap(sorted) : Collections.unmodifiableMap(new TreeMap<>(postings));
    }

    /** The summary the manifest keeps. */
    SearchManifest.Entry entry() {
        return new SearchManifest.Entry(hash, docCount, sumTotalTermFreq, estimatedBytes, blocks, textHash);
    }

    void write(Path file) throws IOException {
        CacheFiles.replace(file, stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeInt(MAGIC);
            writeString(out, slug);
            out.writeInt(hash);
            out.writeInt(docCount);
            out.writeLong(sumTotalTermFreq);
            out.writeLong(estimatedBytes);
            out.writeInt(blocks);
            out.writeLong(textHash);
            out.writeInt(characters.length);
            for (int c : characters) {
                out.writeInt(c);
            }
            out.writeInt(texts.size());
            for (String text : texts) {
                writeString(out, text);
            }
            out.writeInt(postings.size());
            for (Map.Entry<String, String> e : postings.entrySet()) {
                writeString(out, e.getKey());
                writeString(out, e.getValue());
            }
            out.flush();
        });
    }

    static InterviewRecord read(Path file) throws IOException {
        TreeMap<String, String> postings = new TreeMap<>();
        return read(file, (term, payload, length) -> postings.put(term, new String(payload, 0, length, StandardCharsets.UTF_8)),
                postings);
    }

    /**
     * Receives a record's postings one term at a time, in term order, as they are read: the payload's
     * UTF-8 bytes (its {@link StaticIndexWriter#varint} digits), valid only during the call.
     */
    interface PostingsSink {
        void accept(String term, byte[] payload, int length) throws IOException;
    }

    /**
     * Like {@link #read(Path)}, handing the postings to {@code sink} instead of keeping them (the record
     * returned has none): a clean build of the static index only copies them on to its shard groups,
     * and making a String of every payload, only to encode it again, was most of what that step allocated.
     */
    static InterviewRecord read(Path file, PostingsSink sink) throws IOException {
        return read(file, sink, new TreeMap<>());
    }

    private static InterviewRecord read(Path file, PostingsSink sink, TreeMap<String, String> postings) throws IOException {
        try (InputStream stream = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(Buffered.input(stream, 64 * 1024))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a search cache record: " + file);
            }
            String slug = readString(in);
            int hash = in.readInt();
            int docCount = in.readInt();
            long sum = in.readLong();
            long estimated = in.readLong();
            int blocks = in.readInt();
            long textHash = in.readLong();
            int[] characters = new int[in.readInt()];
            for (int i = 0; i < characters.length; i++) {
                characters[i] = in.readInt();
            }
            int textCount = in.readInt();
            List<String> texts = new ArrayList<>(textCount);
            for (int i = 0; i < textCount; i++) {
                texts.add(readString(in));
            }
            int terms = in.readInt();
            byte[] payload = new byte[256];
            for (int i = 0; i < terms; i++) {
                String term = readString(in);
                int length = in.readInt();
                if (length > payload.length) {
                    payload = new byte[Math.max(length, payload.length * 2)];
                }
                in.readFully(payload, 0, length);
                sink.accept(term, payload, length);
            }
            return new InterviewRecord(slug, hash, docCount, sum, estimated, blocks, textHash, characters, texts, postings);
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s.length() <= PIECE) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
            return;
        }
        // a long text (a 20 MB paragraph's data) is written a piece at a time, not copied whole (issue 9)
        out.writeInt(CacheFiles.utf8Length(s));
        for (int start = 0; start < s.length(); ) {
            int end = CacheFiles.pieceEnd(s, start, PIECE);
            out.write(s.substring(start, end).getBytes(StandardCharsets.UTF_8));
            start = end;
        }
    }

    /** Characters encoded at a time when a long text is written. */
    private static final int PIECE = 1 << 16;

    static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
