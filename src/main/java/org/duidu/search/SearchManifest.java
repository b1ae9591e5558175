package org.duidu.search;

import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search cache's summary of the static index (cacheDir/search/manifest): the interviews with
 * their shares of the statistics, which characters occur, the shard layout, each shard's large terms
 * and content hash, and the state id that ties it to one Lucene commit. Small: a few dozen bytes per
 * interview.
 */
final class SearchManifest {
    private static final int MAGIC = 0x44534d32; // "DSM2"
    /** Interviews whose slugs share a hash: their ranks must fit the key's low bits. */
    static final int COLLISION_BITS = 4;

    String state = "";
    /** 0 until static files were written. */
    int shards;
    final TreeMap<String, Entry> interviews = new TreeMap<>();
    final TreeMap<Integer, Integer> characters = new TreeMap<>();
    long[] shardHashes = new long[0];
    List<List<String>> large = new ArrayList<>();
    long foldHash;
    long indexHash;

    /** One interview's summary; see {@link InterviewRecord}. */
    record Entry(int hash, int docCount, long sumTotalTermFreq, long estimatedBytes, int blocks, long textHash) {
    }

    long docCount() {
        return interviews.values().stream().mapToLong(Entry::docCount).sum();
    }

    long sumTotalTermFreq() {
        return interviews.values().stream().mapToLong(Entry::sumTotalTermFreq).sum();
    }

    long estimatedBytes() {
        return interviews.values().stream().mapToLong(Entry::estimatedBytes).sum();
    }

    /**
     * Each interview's key in the static index: its slug hash, then its rank among the slugs sharing
     * that hash (in UTF-8 byte order, as Lucene sorts the slug), in the low bits. Sorted by key, the
     * interviews are in the order Lucene breaks score ties.
     */
    java.util.LinkedHashMap<String, Long> keys() {
        List<Map.Entry<String, Entry>> sorted = new ArrayList<>(interviews.entrySet());
        sorted.sort(Comparator.<Map.Entry<String, Entry>>comparingInt(e -> e.getValue().hash())
                .thenComparing(e -> new BytesRef(e.getKey())));
        java.util.LinkedHashMap<String, Long> keys = new java.util.LinkedHashMap<>();
        int previousHash = -1;
        int rank = 0;
        for (Map.Entry<String, Entry> e : sorted) {
            int hash = e.getValue().hash();
            rank = hash == previousHash ? rank + 1 : 0;
            previousHash = hash;
            if (rank >= 1 << COLLISION_BITS) {
                throw new IllegalStateException("more than " + (1 << COLLISION_BITS) + " interview slugs share the hash " + hash);
            }
            keys.put(e.getKey(), ((long) hash << COLLISION_BITS) | rank);
        }
        return keys;
    }

    SearchManifest copy() {
        SearchManifest m = new SearchManifest();
        m.state = state;
        m.shards = shards;
        m.interviews.putAll(interviews);
        m.characters.putAll(characters);
        m.shardHashes = shardHashes.clone();
        for (List<String> l : large) {
            m.large.add(List.copyOf(l));
        }
        m.foldHash = foldHash;
        m.indexHash = indexHash;
        return m;
    }

    void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(Buffered.output(bytes, 64 * 1024))) {
            out.writeInt(MAGIC);
            InterviewRecord.writeString(out, state);
            out.writeInt(shards);
            out.writeInt(interviews.size());
            for (Map.Entry<String, Entry> e : interviews.entrySet()) {
                InterviewRecord.writeString(out, e.getKey());
                Entry v = e.getValue();
                out.writeInt(v.hash());
                out.writeInt(v.docCount());
                out.writeLong(v.sumTotalTermFreq());
                out.writeLong(v.estimatedBytes());
                out.writeInt(v.blocks());
                out.writeLong(v.textHash());
            }
            out.writeInt(characters.size());
            for (Map.Entry<Integer, Integer> e : characters.entrySet()) {
                out.writeInt(e.getKey());
                out.writeInt(e.getValue());
            }
            out.writeInt(shardHashes.length);
            for (long h : shardHashes) {
                out.writeLong(h);
            }
            out.writeInt(large.size());
            for (List<String> terms : large) {
                out.writeInt(terms.size());
                for (String t : terms) {
                    InterviewRecord.writeString(out, t);
                }
            }
            out.writeLong(foldHash);
            out.writeLong(indexHash);
        }
        CacheFiles.replace(file, bytes.toByteArray());
    }

    /** The manifest in {@code file}, or an empty one when there is none or it is not ours. */
    static SearchManifest read(Path file) throws IOException {
        SearchManifest m = new SearchManifest();
        if (!Files.isRegularFile(file)) {
            return m;
        }
        try (InputStream stream = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(Buffered.input(stream, 64 * 1024))) {
            if (in.readInt() != MAGIC) {
                return new SearchManifest();
            }
            m.state = InterviewRecord.readString(in);
            m.shards = in.readInt();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String slug = InterviewRecord.readString(in);
                m.interviews.put(slug, new Entry(in.readInt(), in.readInt(), in.readLong(), in.readLong(), in.readInt(),
                        in.readLong()));
            }
            int c = in.readInt();
            for (int i = 0; i < c; i++) {
                m.characters.put(in.readInt(), in.readInt());
            }
            m.shardHashes = new long[in.readInt()];
            for (int i = 0; i < m.shardHashes.length; i++) {
                m.shardHashes[i] = in.readLong();
            }
            int l = in.readInt();
            for (int i = 0; i < l; i++) {
                int k = in.readInt();
                List<String> terms = new ArrayList<>(k);
                for (int j = 0; j < k; j++) {
                    terms.add(InterviewRecord.readString(in));
                }
                m.large.add(terms);
            }
            m.foldHash = in.readLong();
            m.indexHash = in.readLong();
            return m;
        } catch (java.io.EOFException e) {
            return new SearchManifest();
        }
    }

    /** Adds (+1) or removes (-1) an interview's characters. */
    void count(int[] codePoints, int delta) {
        for (int cp : codePoints) {
            characters.merge(cp, delta, Integer::sum);
            if (characters.get(cp) == 0) {
                characters.remove(cp);
            }
        }
    }
}
