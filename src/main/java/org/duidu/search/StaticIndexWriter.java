package org.duidu.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.duidu.model.Edition;
import org.duidu.model.Role;
import org.duidu.publish.OutputTree;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the browser's copy of the index as scripts (so the search page also works from
 * {@code file://}, where fetch is forbidden), from the interviews' {@link InterviewRecord}s, never
 * from the Lucene index. Each file calls {@code duiduSearchReceive(name, data)}:
 * <ul>
 *   <li>{@code search/index.js}: statistics, ranking constants, shard count, the large terms;</li>
 *   <li>{@code search/fold.js}: the variant pairs of the fold whose representative occurs in the index;</li>
 *   <li>{@code search/terms-S.js}: postings of the terms whose hash falls in shard S (a power-of-two
 *       count), so a query loads only the shards of its terms;</li>
 *   <li>{@code search/terms-S-J.js}: the postings of the J-th large term of shard S (listed in
 *       {@code index.js}), alone, so a query for a rare word never loads a common character's postings;</li>
 *   <li>{@code search/text-<edition>-K-B.js}: paragraphs {@code 8B..8B+7} of the interview with key K:
 *       their section, number, text and speaker, and the interview's slug and title.</li>
 * </ul>
 * A document is {@code K·65536 + P}: the interview's key (its slug's hash and collision rank, see
 * {@link SearchManifest#keys}) and the paragraph's index. Keys do not depend on other interviews,
 * so a changed interview changes only the files holding its terms and texts. A term's postings:
 * its document frequency, then per interview (ascending key) the key delta, the number of its
 * paragraphs with the term, and per paragraph the index delta, frequency, {@code length·4 + role}
 * and position deltas. Numbers are {@link #varint} strings: compact, and parsed without JSON number
 * overhead.
 *
 * <p>Every file's content is a function of the set of interviews, never of the order they were
 * added in or of the build's history: an incremental update writes exactly what a clean build writes.
 */
final class StaticIndexWriter {
    /** Aim for shards of about this many (estimated) bytes: small enough to load per query, few enough to deploy. */
    static final int TARGET_FILE_BYTES = 40_000;
    /** Postings larger than this get a file of their own. */
    static final int LARGE_TERM_BYTES = 20_000;
    /** A clean build distributes postings into groups of shards of about this many bytes, one group in memory at a time. */
    static final long GROUP_BYTES = 16L << 20;
    /** Above this many changed interviews (or a tenth of them), rebuilding every shard is cheaper than patching. */
    static final int PATCH_LIMIT = 64;
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    private static final byte[] DIGIT_BYTES = ALPHABET.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final int FORMAT = 2;

    /** The interviews' cached records: as of the previous build, and as of this one. */
    interface Records {
        InterviewRecord previous(String slug) throws IOException;

        InterviewRecord current(String slug) throws IOException;

        /** Like {@link #current(String)}, with its postings handed to {@code sink} as they are read, not kept. */
        InterviewRecord current(String slug, InterviewRecord.PostingsSink sink) throws IOException;
    }

    private final Path cache;
    private final OutputTree site;
    private final JsonFactory json;
    private final ScriptFold fold;

    StaticIndexWriter(Path cache, OutputTree site, JsonFactory json, ScriptFold fold) {
        this.cache = cache;
        this.site = site;
        this.json = json;
        this.fold = fold;
    }

    /**
     * Brings the static files from {@code previous} to {@code next} (whose interviews are already
     * the new set; the rest is filled in here).
     *
     * @param changed the slugs put or removed since {@code previous}
     */
    void write(SearchManifest previous, SearchManifest next, Set<String> changed, Records records) throws IOException {
        int shards = shardCount(next.estimatedBytes());
        Map<String, Long> before = previous.keys();
        Map<String, Long> after = next.keys();
        // patching needs every key to keep its interview (a collision rank moves when a slug of the same hash comes or goes)
        Map<Long, String> owners = new HashMap<>();
        before.forEach((slug, key) -> owners.put(key, slug));
        boolean keysKept = true;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            Long old = before.get(e.getKey());
            String owner = owners.get(e.getValue());
            keysKept &= (old == null || old.equals(e.getValue())) && (owner == null || owner.equals(e.getKey()));
        }
        boolean patch = previous.shards == shards && keysKept
                && changed.size() <= Math.max(PATCH_LIMIT, next.interviews.size() / 10)
                && Files.isDirectory(cache.resolve("shards"));
        if (patch) {
            patch(previous, next, changed, records, before, after);
        } else {
            rebuild(previous, next, changed, records, before, after, shards);
        }
        String foldScript = foldScript(next);
        long foldHash = CacheFiles.hash(foldScript);
        if (previous.shards == 0 || foldHash != previous.foldHash) {
            site.writeText("search/fold.js", foldScript);
        }
        next.foldHash = foldHash;
        String index = indexScript(next, after);
        long indexHash = CacheFiles.hash(index);
        if (previous.shards == 0 || indexHash != previous.indexHash) {
            site.writeText("search/index.js", index);
        }
        next.indexHash = indexHash;
    }

    // ---- a clean build of every shard, one group of shards in memory at a time ----

    private void rebuild(SearchManifest previous, SearchManifest next, Set<String> changed, Records records,
                         Map<String, Long> before, Map<String, Long> after, int shards) throws IOException {
        next.shards = shards;
        next.characters.clear();
        next.shardHashes = new long[shards];
        next.large = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            next.large.add(List.of());
        }
        int groups = (int) Math.min(shards, Long.highestOneBit(Math.max(1, next.estimatedBytes() / GROUP_BYTES)) * 2);
        Path temp = cache.resolve("tmp");
        CacheFiles.deleteTree(temp);
        Files.createDirectories(temp);
        DataOutputStream[] outs = new DataOutputStream[groups];
        int[] counts = new int[groups];
        try {
            for (int g = 0; g < groups; g++) {
                outs[g] = new DataOutputStream(Buffered.output(Files.newOutputStream(temp.resolve(g + ".bin")), 16 * 1024));
            }
            for (Map.Entry<String, Long> interview : after.entrySet()) {
                String slug = interview.getKey();
                long key = interview.getValue();
                // each payload's bytes go on to its group's file as they were read, never made a String
                InterviewRecord record = records.current(slug, (term, payload, length) -> {
                    int s = shard(term, shards);
                    int g = s % groups;
                    outs[g].writeInt(s);
                    outs[g].writeLong(TokenCursor.termKey(term));
                    outs[g].writeLong(key);
                    outs[g].writeInt(length);
                    outs[g].write(payload, 0, length);
                    counts[g]++;
                });
                next.count(record.characters(), 1);
                SearchManifest.Entry old = previous.interviews.get(slug);
                boolean same = old != null && !changed.contains(slug) && Objects.equals(before.get(slug), key)
                        && old.textHash() == record.textHash() && old.blocks() == record.blocks() && previous.shards > 0;
                if (!same) {
                    writeTexts(record, key, null);
                }
            }
        } finally {
            for (DataOutputStream out : outs) {
                if (out != null) {
                    out.close();
                }
            }
        }
        // groups share nothing but the site and the manifest's per-shard slots: two at once when the heap
        // holds them easily (a 20 MB seed's build under -Xmx512m keeps to one)
        int parallel = Runtime.getRuntime().maxMemory() > (1L << 30) ? Math.min(2, Runtime.getRuntime().availableProcessors()) : 1;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "duidu-search-shards");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Void>> done = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                int group = g;
                done.add(pool.submit(() -> {
                    shardGroup(group, groups, shards, counts[group], temp, previous, next);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<Void> f : done) {
                Futures.get(f, "writing the search shards");
            }
        } finally {
            pool.shutdownNow();
        }
        CacheFiles.deleteTree(temp);
        for (int s = shards; s < previous.shards; s++) {
            site.delete("search/terms-" + s + ".js");
            for (int j = 0; j < previous.large.get(s).size(); j++) {
                site.delete("search/terms-" + s + "-" + j + ".js");
            }
            Files.deleteIfExists(shardFile(s));
        }
        // text files are named by key: a key may have passed to another interview (collision ranks)
        Map<Long, Integer> blocksByKey = new HashMap<>();
        after.forEach((slug, key) -> blocksByKey.put(key, next.interviews.get(slug).blocks()));
        for (Map.Entry<String, Long> old : before.entrySet()) {
            int blocks = previous.interviews.get(old.getKey()).blocks();
            deleteTexts(old.getValue(), blocksByKey.getOrDefault(old.getValue(), 0), blocks);
        }
    }

    /** Reads one group's postings back from its temporary file and writes its shards (of a clean build). */
    private void shardGroup(int g, int groups, int shards, int count, Path temp, SearchManifest previous, SearchManifest next)
            throws IOException {
        // the group's shards are g, g + groups, …: shard s at s / groups
        // by term number: millions of postings entries need no String, hash node or equals each (a HashMap
        // of term Strings was a third of the shard groups' samples)
        List<LongMap<TermBuilder>> byShard = new ArrayList<>();
        for (int s = g; s < shards; s += groups) {
            byShard.add(new LongMap<>(1024));
        }
        Path file = temp.resolve(g + ".bin");
        try (DataInputStream in = new DataInputStream(Buffered.input(Files.newInputStream(file), 64 * 1024))) {
            byte[] payload = new byte[256];
            for (int i = 0; i < count; i++) {
                int s = in.readInt();
                long term = in.readLong();
                long key = in.readLong();
                int length = in.readInt();
                if (length > payload.length) {
                    payload = new byte[Math.max(length, payload.length * 2)];
                }
                in.readFully(payload, 0, length);
                LongMap<TermBuilder> terms = byShard.get(s / groups);
                TermBuilder builder = terms.get(term);
                if (builder == null) {
                    builder = new TermBuilder();
                    terms.put(term, builder);
                }
                builder.add(key, payload, length);
            }
        }
        Files.delete(file);
        for (int s = g; s < shards; s += groups) {
            TreeMap<String, String> encoded = new TreeMap<>();
            LongMap<TermBuilder> terms = byShard.set(s / groups, null);
            terms.forEach((term, builder) -> encoded.put(TokenCursor.term(term), builder.encoded()));
            List<String> oldLarge = s < previous.large.size() ? previous.large.get(s) : List.of();
            long oldHash = previous.shards == shards ? previous.shardHashes[s] : 0;
            emitShard(next, s, encoded, null, oldLarge, oldHash);
            saveShard(s, encoded);
        }
    }

    // ---- an incremental update: only the terms and texts of the changed interviews ----

    private void patch(SearchManifest previous, SearchManifest next, Set<String> changed, Records records,
                       Map<String, Long> before, Map<String, Long> after) throws IOException {
        int shards = previous.shards;
        Map<Integer, List<TermChange>> byShard = new TreeMap<>();
        for (String slug : new java.util.TreeSet<>(changed)) {
            InterviewRecord old = previous.interviews.containsKey(slug) ? records.previous(slug) : null;
            InterviewRecord current = next.interviews.containsKey(slug) ? records.current(slug) : null;
            long key = after.containsKey(slug) ? after.get(slug) : before.get(slug);
            Map<String, String> oldPostings = old == null ? Map.of() : old.postings();
            Map<String, String> newPostings = current == null ? Map.of() : current.postings();
            if (old != null) {
                next.count(old.characters(), -1);
            }
            if (current != null) {
                next.count(current.characters(), 1);
            }
            Set<String> terms = new HashSet<>(oldPostings.keySet());
            terms.addAll(newPostings.keySet());
            for (String term : terms) {
                String payload = newPostings.get(term);
                if (!Objects.equals(oldPostings.get(term), payload)) {
                    byShard.computeIfAbsent(shard(term, shards), s -> new ArrayList<>()).add(new TermChange(term, key, payload));
                }
            }
            if (current != null) {
                writeTexts(current, key, old);
            }
            deleteTexts(key, current == null ? 0 : current.blocks(), old == null ? 0 : old.blocks());
        }
        for (Map.Entry<Integer, List<TermChange>> shard : byShard.entrySet()) {
            int s = shard.getKey();
            TreeMap<String, String> encoded = readShard(s);
            TreeMap<String, String> old = new TreeMap<>(encoded);
            for (TermChange change : shard.getValue()) {
                String patched = patch(encoded.get(change.term()), change.key(), change.payload());
                if (patched == null) {
                    encoded.remove(change.term());
                } else {
                    encoded.put(change.term(), patched);
                }
            }
            emitShard(next, s, encoded, old, previous.large.get(s), 0);
            saveShard(s, encoded);
        }
    }

    private record TermChange(String term, long key, String payload) {
    }

    /** A term's postings with one interview's group replaced (payload null: removed); null when none remain. */
    static String patch(String encoded, long key, String payload) {
        List<long[]> bounds = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        if (encoded != null) {
            int[] at = {0};
            readVarint(encoded, at);
            long k = 0;
            while (at[0] < encoded.length()) {
                k += readVarint(encoded, at);
                int start = at[0];
                skipGroup(encoded, at);
                bounds.add(new long[]{k});
                payloads.add(encoded.substring(start, at[0]));
            }
        }
        TermBuilder builder = new TermBuilder();
        boolean placed = payload == null;
        for (int i = 0; i < bounds.size(); i++) {
            long k = bounds.get(i)[0];
            if (!placed && key < k) {
                builder.add(key, payload);
                placed = true;
            }
            if (k != key) {
                builder.add(k, payloads.get(i));
            }
        }
        if (!placed) {
            builder.add(key, payload);
        }
        return builder.df == 0 ? null : builder.encoded();
    }

    private static void skipGroup(String s, int[] at) {
        long count = readVarint(s, at);
        for (long c = 0; c < count; c++) {
            readVarint(s, at);
            long freq = readVarint(s, at);
            readVarint(s, at);
            for (long f = 0; f < freq; f++) {
                readVarint(s, at);
            }
        }
    }

    /**
     * One term's postings built interview by interview, in ascending key order, as the bytes of its
     * {@link #varint} digits (ASCII: one byte a digit).
     */
    private static final class TermBuilder {
        /** Digits of the largest number: 64 bits, five a digit. */
        private static final int MAX_DIGITS = 13;
        private byte[] groups = new byte[32];
        private int size;
        private long df;
        private long previous;

        void add(long key, String payload) {
            byte[] bytes = payload.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            add(key, bytes, bytes.length);
        }

        void add(long key, byte[] payload, int length) {
            df += readVarint(payload, new int[] {0});
            appendVarint(key - previous);
            previous = key;
            append(payload, length);
        }

        String encoded() {
            byte[] head = new byte[MAX_DIGITS];
            int digits = varint(df, head, 0);
            byte[] out = Arrays.copyOf(head, digits + size);
            System.arraycopy(groups, 0, out, digits, size);
            return new String(out, java.nio.charset.StandardCharsets.UTF_8);
        }

        private void appendVarint(long value) {
            ensure(MAX_DIGITS);
            size = varint(value, groups, size);
        }

        private void append(byte[] bytes, int length) {
            ensure(length);
            System.arraycopy(bytes, 0, groups, size, length);
            size += length;
        }

        private void ensure(int more) {
            if (size + more > groups.length) {
                groups = Arrays.copyOf(groups, Math.max(size + more, groups.length * 2));
            }
        }

    }

    // ---- files ----

    /**
     * Writes a shard's files: its small terms in one, each large term alone. With the shard's old
     * postings, only files whose content differs are written; without, only when the shard's hash
     * differs from {@code oldHash}. Large-term files no longer needed are deleted.
     */
    private void emitShard(SearchManifest next, int s, TreeMap<String, String> encoded, TreeMap<String, String> old,
                           List<String> oldLarge, long oldHash) throws IOException {
        Map<String, String> files = shardFiles(s, encoded);
        Map<String, String> oldFiles = old == null ? null : shardFiles(s, old);
        MessageDigest digest = CacheFiles.sha256();
        List<String> large = new ArrayList<>();
        // each file encoded once, for its hash and for the disk
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            byte[] content = file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            bytes.put(file.getKey(), content);
            digest.update(content);
        }
        long hash = java.nio.ByteBuffer.wrap(digest.digest()).getLong();
        encoded.forEach((term, postings) -> {
            if (postings.length() > LARGE_TERM_BYTES) {
                large.add(term);
            }
        });
        next.shardHashes[s] = hash;
        next.large.set(s, List.copyOf(large));
        for (Map.Entry<String, String> file : files.entrySet()) {
            boolean same = oldFiles != null ? file.getValue().equals(oldFiles.get(file.getKey())) : hash == oldHash;
            if (!same) {
                site.write("search/" + file.getKey() + ".js", bytes.get(file.getKey()));
            }
        }
        for (int j = large.size(); j < oldLarge.size(); j++) {
            site.delete("search/terms-" + s + "-" + j + ".js");
        }
    }

    private Map<String, String> shardFiles(int s, TreeMap<String, String> encoded) {
        Map<String, String> files = new LinkedHashMap<>();
        TreeMap<String, String> small = new TreeMap<>();
        int j = 0;
        for (Map.Entry<String, String> term : encoded.entrySet()) {
            if (term.getValue().length() > LARGE_TERM_BYTES) {
                String name = "terms-" + s + "-" + j++;
                files.put(name, script(name, object(Map.of(term.getKey(), term.getValue()))));
            } else {
                small.put(term.getKey(), term.getValue());
            }
        }
        files.put("terms-" + s, script("terms-" + s, object(small)));
        return files;
    }

    private void writeTexts(InterviewRecord record, long key, InterviewRecord old) throws IOException {
        for (Edition edition : Edition.values()) {
            for (int b = 0; b < record.blocks(); b++) {
                String data = record.texts().get(edition.ordinal() * record.blocks() + b);
                if (old != null && b < old.blocks() && data.equals(old.texts().get(edition.ordinal() * old.blocks() + b))) {
                    continue;
                }
                String name = textName(edition, key, b);
                site.writeText("search/" + name + ".js", script(name, data));
            }
        }
    }

    private void deleteTexts(long key, int from, int to) throws IOException {
        for (Edition edition : Edition.values()) {
            for (int b = from; b < to; b++) {
                site.delete("search/" + textName(edition, key, b) + ".js");
            }
        }
    }

    /** The site-relative paths of every file of the static index a manifest describes. */
    static List<String> files(SearchManifest manifest) {
        List<String> files = new ArrayList<>(List.of("search/index.js", "search/fold.js"));
        for (int s = 0; s < manifest.shards; s++) {
            files.add("search/terms-" + s + ".js");
            for (int j = 0; j < manifest.large.get(s).size(); j++) {
                files.add("search/terms-" + s + "-" + j + ".js");
            }
        }
        for (Map.Entry<String, Long> interview : manifest.keys().entrySet()) {
            for (Edition edition : Edition.values()) {
                for (int b = 0; b < manifest.interviews.get(interview.getKey()).blocks(); b++) {
                    files.add("search/" + textName(edition, interview.getValue(), b) + ".js");
                }
            }
        }
        return files;
    }

    static String textName(Edition edition, long key, int block) {
        return "text-" + edition.tag() + "-" + key + "-" + block;
    }

    private String foldScript(SearchManifest next) {
        StringBuilder pairs = new StringBuilder();
        fold.variants().forEach((variant, representative) -> {
            if (next.characters.containsKey(representative)) {
                pairs.appendCodePoint(variant).appendCodePoint(representative);
            }
        });
        return script("fold", quoted(pairs.toString()));
    }

    private String indexScript(SearchManifest next, Map<String, Long> keys) throws IOException {
        MessageDigest digest = CacheFiles.sha256();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
        digest.update(buffer.putLong(0, next.foldHash).array(), 0, 8);
        for (long h : next.shardHashes) {
            digest.update(buffer.putLong(0, h).array(), 0, 8);
        }
        for (Map.Entry<String, Long> interview : keys.entrySet()) {
            buffer.putLong(0, interview.getValue()).putLong(8, next.interviews.get(interview.getKey()).textHash());
            digest.update(buffer.array(), 0, 16);
        }
        String version = java.util.HexFormat.of().formatHex(digest.digest(), 0, 8);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeNumberField("k1", ExactBm25Similarity.K1);
            g.writeNumberField("b", ExactBm25Similarity.B);
            g.writeArrayFieldStart("boosts");
            for (Role role : Role.values()) {
                g.writeNumber(IndexFields.boost(role));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("roles");
            for (Role role : Role.values()) {
                g.writeString(role.id());
            }
            g.writeEndArray();
            g.writeNumberField("docCount", next.docCount());
            g.writeNumberField("sumTotalTermFreq", next.sumTotalTermFreq());
            g.writeNumberField("shards", next.shards);
            g.writeArrayFieldStart("large");
            for (List<String> terms : next.large) {
                for (String term : terms) {
                    g.writeString(term);
                }
            }
            g.writeEndArray();
            g.writeNumberField("block", InterviewAnalysis.TEXT_BLOCK);
            g.writeStringField("version", version);
            g.writeEndObject();
        }
        return script("index", out.toString());
    }

    private String object(Map<String, String> map) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : map.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String quoted(String text) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String script(String name, String data) {
        return "duiduSearchReceive(" + quoted(name) + "," + data + ");\n";
    }

    // ---- the shard cache: each shard's postings, for patching ----

    private Path shardFile(int s) {
        return cache.resolve("shards").resolve(s + ".bin");
    }

    private void saveShard(int s, TreeMap<String, String> encoded) throws IOException {
        CacheFiles.replace(shardFile(s), stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeInt(encoded.size());
            for (Map.Entry<String, String> e : encoded.entrySet()) {
                InterviewRecord.writeString(out, e.getKey());
                InterviewRecord.writeString(out, e.getValue());
            }
            out.flush();
        });
    }

    private TreeMap<String, String> readShard(int s) throws IOException {
        TreeMap<String, String> encoded = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(Buffered.input(Files.newInputStream(shardFile(s)), 64 * 1024))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                encoded.put(InterviewRecord.readString(in), InterviewRecord.readString(in));
            }
        }
        return encoded;
    }

    // ---- numbers ----

    static int shardCount(long estimatedBytes) {
        long needed = Math.max(1, (estimatedBytes + TARGET_FILE_BYTES - 1) / TARGET_FILE_BYTES);
        long shards = Long.highestOneBit(needed);
        if (shards < needed) {
            shards <<= 1;
        }
        return (int) Math.min(1 << 16, shards);
    }

    /** Appends a non-negative number: 5 bits per character, low bits first; characters 32–63 continue. */
    static void varint(long value, StringBuilder out) {
        long v = value;
        while (v >= 32) {
            out.append(ALPHABET.charAt(32 + (int) (v & 31)));
            v >>>= 5;
        }
        out.append(ALPHABET.charAt((int) v));
    }

    /** {@link #varint(long, StringBuilder)}'s digits as bytes (ASCII), written at {@code at}; returns the end. */
    static int varint(long value, byte[] out, int at) {
        long v = value;
        while (v >= 32) {
            out[at++] = DIGIT_BYTES[32 + (int) (v & 31)];
            v >>>= 5;
        }
        out[at++] = DIGIT_BYTES[(int) v];
        return at;
    }

    /** {@link #readVarint(String, int[])} over the digits' bytes. */
    static long readVarint(byte[] s, int[] at) {
        long value = 0;
        int shift = 0;
        while (true) {
            int d = digit((char) s[at[0]++]);
            if (d >= 32) {
                value |= (long) (d - 32) << shift;
                shift += 5;
            } else {
                return value | ((long) d << shift);
            }
        }
    }

    static long readVarint(String s, int[] at) {
        long value = 0;
        int shift = 0;
        while (true) {
            int d = digit(s.charAt(at[0]++));
            if (d >= 32) {
                value |= (long) (d - 32) << shift;
                shift += 5;
            } else {
                return value | ((long) d << shift);
            }
        }
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        } else if (c >= 'a' && c <= 'z') {
            return c - 'a' + 36;
        }
        return c == '-' ? 62 : 63;
    }

    /** FNV-1a over UTF-16 code units, as in {@code search.js}. */
    static int shard(String term, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shards);
    }
}
