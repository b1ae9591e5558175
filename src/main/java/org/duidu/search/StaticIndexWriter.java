package org.duidu.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.duidu.model.Edition;
import org.duidu.model.Role;
import org.duidu.publish.OutputTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the browser's copy of the Lucene index as scripts (so the search page also works from
 * {@code file://}, where fetch is forbidden). Each file calls {@code duiduSearchReceive(name, data)}:
 * <ul>
 *   <li>{@code search/index.js}: statistics, ranking constants, the per-document columns ranking
 *       needs (role, length), the large terms, shard and chunk counts;</li>
 *   <li>{@code search/fold.js}: the variant pairs of the fold whose representative occurs in the index;</li>
 *   <li>{@code search/terms-N.js}: postings (documents, frequencies, positions) of the terms whose hash
 *       falls in shard N, so a query loads only the shards of its terms;</li>
 *   <li>{@code search/terms-LN.js}: the postings of the N-th large term (listed in {@code index.js}),
 *       alone, so that a query for a rare word never loads the postings of a common character;</li>
 *   <li>{@code search/text-zh-Hans-N.js}, {@code search/text-zh-Hant-N.js}: for a chunk of documents,
 *       where each one is (interview slug, section, paragraph) and its text, speaker and title, loaded
 *       only for the hits returned: a query's cost does not grow with the number of interviews.</li>
 * </ul>
 * Numbers are written as {@link #varints} strings: compact, and parsed without JSON number overhead.
 */
final class StaticIndexWriter {
    /** Aim for postings files of about this many bytes: small enough to load per query, few enough to deploy. */
    static final int TARGET_FILE_BYTES = 40_000;
    /** Postings larger than this get a file of their own. */
    static final int LARGE_TERM_BYTES = 20_000;
    /**
     * Aim for text files of about this many bytes: a page of results needs the texts of up to 20
     * paragraphs from as many interviews, so text files are smaller than postings files.
     */
    static final int TARGET_TEXT_BYTES = 16_000;
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    static final int FORMAT = 1;

    private StaticIndexWriter() {
    }

    static void write(Path luceneDir, OutputTree site, ScriptFold fold) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (Directory directory = FSDirectory.open(luceneDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            if (reader.leaves().size() > 1) {
                throw new IOException("search index in " + luceneDir + " has " + reader.leaves().size() + " segments, expected one");
            }
            int documents = reader.maxDoc();
            Map<String, String> postings = new LinkedHashMap<>();
            Set<Integer> indexedCharacters = new TreeSet<>();
            long docCount = 0;
            long sumTotalTermFreq = 0;
            long[] lengths = new long[documents];
            if (documents > 0) {
                LeafReader leaf = reader.leaves().get(0).reader();
                Terms terms = leaf.terms(IndexFields.TEXT);
                if (terms != null) {
                    docCount = terms.getDocCount();
                    sumTotalTermFreq = terms.getSumTotalTermFreq();
                    TermsEnum termsEnum = terms.iterator();
                    PostingsEnum postingsEnum = null;
                    for (BytesRef term; (term = termsEnum.next()) != null; ) {
                        String text = term.utf8ToString();
                        text.codePoints().forEach(indexedCharacters::add);
                        postingsEnum = termsEnum.postings(postingsEnum, PostingsEnum.POSITIONS);
                        postings.put(text, encodePostings(postingsEnum, termsEnum.docFreq()));
                    }
                }
                NumericDocValues norms = leaf.getNormValues(IndexFields.TEXT);
                for (int doc = 0; norms != null && doc < documents; doc++) {
                    lengths[doc] = norms.advanceExact(doc) ? norms.longValue() : 1L;
                }
            }

            StoredFields stored = reader.storedFields();
            StringBuilder roleColumn = new StringBuilder();
            StringBuilder lengthColumn = new StringBuilder();
            long textBytes = 0;
            for (int doc = 0; doc < documents; doc++) {
                Document document = stored.document(doc);
                varint(Role.valueOf(document.get(IndexFields.ROLE).toUpperCase(java.util.Locale.ROOT)).ordinal(), roleColumn);
                varint(lengths[doc], lengthColumn);
                textBytes += document.get(IndexFields.text(Edition.HANS)).getBytes(StandardCharsets.UTF_8).length;
            }

            List<String> large = new ArrayList<>();
            postings.forEach((term, encoded) -> {
                if (encoded.length() > LARGE_TERM_BYTES) {
                    large.add(term);
                }
            });
            Map<String, String> largePostings = new HashMap<>();
            large.forEach(term -> largePostings.put(term, postings.remove(term)));
            int shards = (int) Math.max(1, Math.min(4096, (postingsBytes(postings) + TARGET_FILE_BYTES - 1) / TARGET_FILE_BYTES));
            int chunk = (int) Math.max(1, TARGET_TEXT_BYTES / Math.max(1, textBytes / Math.max(1, documents)));

            ObjectNode index = mapper.createObjectNode();
            index.put("format", FORMAT);
            index.put("k1", ExactBm25Similarity.K1);
            index.put("b", ExactBm25Similarity.B);
            ArrayNode boosts = index.putArray("boosts");
            for (Role role : Role.values()) {
                boosts.add(IndexFields.boost(role));
            }
            ArrayNode roles = index.putArray("roles");
            for (Role role : Role.values()) {
                roles.add(role.id());
            }
            index.put("docCount", docCount);
            index.put("sumTotalTermFreq", sumTotalTermFreq);
            index.put("documents", documents);
            index.put("shards", shards);
            ArrayNode largeArray = index.putArray("large");
            large.forEach(largeArray::add);
            index.put("chunk", chunk);
            ObjectNode columns = index.putObject("columns");
            columns.put("role", roleColumn.toString());
            columns.put("length", lengthColumn.toString());
            // index.js is written last, once it can name the version of every other file
            Map<String, String> files = new java.util.LinkedHashMap<>();

            StringBuilder foldPairs = new StringBuilder();
            fold.variants().forEach((variant, representative) -> {
                if (indexedCharacters.contains(representative)) {
                    foldPairs.appendCodePoint(variant).appendCodePoint(representative);
                }
            });
            files.put("fold", script(mapper, "fold", mapper.getNodeFactory().textNode(foldPairs.toString())));

            List<ObjectNode> shardNodes = new ArrayList<>();
            for (int s = 0; s < shards; s++) {
                shardNodes.add(mapper.createObjectNode());
            }
            postings.forEach((term, encoded) -> shardNodes.get(shard(term, shards)).put(term, encoded));
            for (int i = 0; i < large.size(); i++) {
                ObjectNode alone = mapper.createObjectNode().put(large.get(i), largePostings.get(large.get(i)));
                files.put("terms-L" + i, script(mapper, "terms-L" + i, alone));
            }
            for (int s = 0; s < shards; s++) {
                files.put("terms-" + s, script(mapper, "terms-" + s, shardNodes.get(s)));
            }

            for (Edition edition : Edition.values()) {
                for (int first = 0, n = 0; first < documents; first += chunk, n++) {
                    ObjectNode texts = mapper.createObjectNode();
                    ArrayNode slugArray = texts.putArray("interviews");
                    StringBuilder interviewColumn = new StringBuilder();
                    StringBuilder sectionColumn = new StringBuilder();
                    StringBuilder paragraphColumn = new StringBuilder();
                    ArrayNode titleArray = texts.putArray("titles");
                    ArrayNode textArray = texts.putArray("texts");
                    ArrayNode speakerArray = texts.putArray("speakers");
                    Map<String, Integer> slugIndex = new HashMap<>();
                    for (int doc = first; doc < Math.min(documents, first + chunk); doc++) {
                        Document document = stored.document(doc);
                        String slug = document.get(IndexFields.INTERVIEW);
                        Integer local = slugIndex.get(slug);
                        if (local == null) {
                            local = slugIndex.size();
                            slugIndex.put(slug, local);
                            slugArray.add(slug);
                            titleArray.add(document.get(IndexFields.title(edition)));
                        }
                        varint(local, interviewColumn);
                        varint(document.getField(IndexFields.SECTION).numericValue().intValue(), sectionColumn);
                        varint(document.getField(IndexFields.PARAGRAPH).numericValue().intValue(), paragraphColumn);
                        textArray.add(document.get(IndexFields.text(edition)));
                        speakerArray.add(document.get(IndexFields.speaker(edition)));
                    }
                    texts.put("interview", interviewColumn.toString());
                    texts.put("section", sectionColumn.toString());
                    texts.put("paragraph", paragraphColumn.toString());
                    String name = "text-" + edition.tag() + "-" + n;
                    files.put(name, script(mapper, name, texts));
                }
            }
            index.put("version", version(files));
            site.writeText("search/index.js", script(mapper, "index", index));
            for (Map.Entry<String, String> file : files.entrySet()) {
                site.writeText("search/" + file.getKey() + ".js", file.getValue());
            }
        }
    }

    /**
     * A hash of every data file: the page asks for {@code name.js?v=VERSION}, so a browser or CDN
     * that cached files of an earlier build can never mix them with this build's {@code index.js}.
     */
    private static String version(Map<String, String> files) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** docFreq, then per document: document delta, frequency, position deltas. */
    private static String encodePostings(PostingsEnum postings, int docFreq) throws IOException {
        StringBuilder out = new StringBuilder();
        varint(docFreq, out);
        int previousDoc = 0;
        for (int doc; (doc = postings.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
            varint(doc - previousDoc, out);
            previousDoc = doc;
            int freq = postings.freq();
            varint(freq, out);
            int previousPosition = 0;
            for (int i = 0; i < freq; i++) {
                int position = postings.nextPosition();
                varint(position - previousPosition, out);
                previousPosition = position;
            }
        }
        return out.toString();
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

    /** FNV-1a over UTF-16 code units, as in {@code search.js}. */
    static int shard(String term, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shards);
    }

    private static long postingsBytes(Map<String, String> postings) {
        long bytes = 0;
        for (Map.Entry<String, String> entry : postings.entrySet()) {
            bytes += entry.getKey().getBytes(StandardCharsets.UTF_8).length + entry.getValue().length() + 6;
        }
        return bytes;
    }

    private static String script(ObjectMapper mapper, String name, Object data) throws JsonProcessingException {
        return "duiduSearchReceive(" + mapper.writeValueAsString(name) + "," + mapper.writeValueAsString(data) + ");\n";
    }
}
