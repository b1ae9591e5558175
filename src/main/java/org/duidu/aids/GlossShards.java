package org.duidu.aids;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CC-CEDICT for tap-to-gloss as {@value #COUNT} scripts that the pages load when a reader taps a
 * character: shard {@code k} holds every headword (in either script) whose first character's code
 * point is {@code k} modulo {@value #COUNT}, so the words starting at a tapped character are all in its
 * shard and a longest match there is the whole dictionary's. The site gets one copy of them (about
 * 40 KB a shard), made when the jar is packaged ({@link PackAids}); each interview used to get its own
 * slice of the dictionary (170 KB an interview, a sixth of a 1,000-interview site's bytes and of its
 * build's CPU). Scripts rather than JSON: {@code <script src>} works from {@code file://} and under a
 * strict CSP where fetching would not.
 */
public final class GlossShards {
    /** How many shards; aids.js computes the same {@code codePoint % COUNT}. */
    public static final int COUNT = 256;
    /** The packed shards, next to this class. */
    static final String PACKED = "gloss-shards.bin";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The popup shows a word's first three entries (aids.js): the others are not shipped. */
    static final int SHOWN = 3;

    /**
     * The packed shards: {@value #PACKED} holds the version, then {@value #COUNT} + 1 offsets, then the
     * scripts one after the other. One resource, not 256: looking resources up through the class
     * loader cost a cold build 300 ms for 256 of them, against 100 ms for reading one as large.
     */
    private final int[] starts;
    private final byte[] bytes;

    private GlossShards(int[] starts, byte[] bytes) {
        this.starts = starts;
        this.bytes = bytes;
    }

    /** The shard of a headword starting with this code point. */
    static int of(int codePoint) {
        return codePoint % COUNT;
    }

    /**
     * A hash of every shard's content, made when they were packed: the site folder they go into. Read
     * from the packed file's header alone: every build names the folder, few write it.
     */
    public static String version() {
        return Version.VALUE;
    }

    /** The version, read once per process (a constant of the jar). */
    private static final class Version {
        static final String VALUE = readVersion();

        private static String readVersion() {
            try (java.io.DataInputStream in = open()) {
                return in.readUTF();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read org/duidu/aids/" + PACKED, e);
            }
        }
    }

    /** Reads the shards' scripts (14.8 MB: for a build that writes them, not kept beyond it). */
    public static GlossShards read() {
        try (java.io.DataInputStream in = open()) {
            in.readUTF();
            int[] starts = new int[COUNT + 1];
            for (int k = 0; k <= COUNT; k++) {
                starts[k] = in.readInt();
            }
            byte[] bytes = new byte[starts[COUNT]];
            in.readFully(bytes);
            return new GlossShards(starts, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read org/duidu/aids/" + PACKED, e);
        }
    }

    private static java.io.DataInputStream open() {
        InputStream raw = GlossShards.class.getResourceAsStream(PACKED);
        if (raw == null) {
            throw new IllegalStateException("missing packed dictionary org/duidu/aids/" + PACKED + " (run mvn package)");
        }
        return new java.io.DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16));
    }

    /** Shard {@code k}'s script. */
    public byte[] shard(int k) {
        return java.util.Arrays.copyOfRange(bytes, starts[k], starts[k + 1]);
    }

    /**
     * Writes the packed form of the shards' scripts ({@link #make}), under their version: the first
     * eight hex digits of the SHA-256 of the scripts in order.
     */
    static void pack(Map<Integer, String> scripts, java.io.OutputStream to) throws IOException {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        List<byte[]> bytes = new ArrayList<>();
        for (int k = 0; k < COUNT; k++) {
            byte[] b = scripts.get(k).getBytes(StandardCharsets.UTF_8);
            digest.update(b);
            bytes.add(b);
        }
        java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(to, 1 << 16));
        out.writeUTF(java.util.HexFormat.of().formatHex(digest.digest(), 0, 4));
        int at = 0;
        out.writeInt(at);
        for (byte[] b : bytes) {
            at += b.length;
            out.writeInt(at);
        }
        for (byte[] b : bytes) {
            out.write(b);
        }
        out.flush();
    }

    /**
     * The shards' scripts from CC-CEDICT's entries ({zh-Hans, zh-Hant, reading, English} each, in
     * dictionary order): per headword starting with a Han character its first {@value #SHOWN} distinct
     * [reading, English] pairs, in that order.
     */
    static Map<Integer, String> make(List<String[]> entries) {
        Map<Integer, Map<String, List<List<String>>>> shards = new TreeMap<>();
        for (int k = 0; k < COUNT; k++) {
            shards.put(k, new LinkedHashMap<>());
        }
        for (String[] e : entries) {
            List<String> gloss = List.of(e[2], e[3]);
            add(shards, e[0], gloss);
            if (!e[1].equals(e[0])) {
                add(shards, e[1], gloss);
            }
        }
        Map<Integer, String> out = new TreeMap<>();
        try {
            for (Map.Entry<Integer, Map<String, List<List<String>>>> s : shards.entrySet()) {
                // JSON is a JavaScript expression; escaping "<" and "/" is not needed outside HTML
                out.put(s.getKey(), "// CC-CEDICT (https://cc-cedict.org/, CC BY-SA 4.0): the words whose first character's code point is "
                        + s.getKey() + " modulo " + COUNT + ".\nduiduGlossShard(" + s.getKey() + ", " + JSON.writeValueAsString(s.getValue()) + ");\n");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and lists always serialise", e);
        }
        return out;
    }

    private static void add(Map<Integer, Map<String, List<List<String>>>> shards, String headword, List<String> gloss) {
        if (headword.isEmpty() || !PinyinReader.isHan(headword.codePointAt(0))) {
            return; // glossing starts at a Han character: "AA制" is never found from its 制
        }
        List<List<String>> glosses = shards.get(of(headword.codePointAt(0))).computeIfAbsent(headword, k -> new ArrayList<>(1));
        if (glosses.size() < SHOWN && !glosses.contains(gloss)) {
            glosses.add(gloss);
        }
    }
}
