package org.duidu.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.duidu.model.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental indexer: random sequences of put and remove, each finished, give the static files
 * a clean build of the same interviews gives (byte for byte, file set included) and the same Lucene
 * results and scores; the static postings are Lucene's postings.
 */
class IncrementalIndexTest {
    private static final List<String> QUERIES = List.of("的", "发展", "示範區", "营商环境", "干部 队伍", "二十大 的",
            "量子", "護林員", "一老一幼", "建設", "改革 创新 的", "沈撫");

    /** Interviews made from the seed's lines: shuffled, cut, with lines of other interviews mixed in. */
    private static Publication variant(String slug, Random random, List<String> lines) {
        List<String> chosen = new ArrayList<>();
        int count = 2 + random.nextInt(lines.size() + 4);
        for (int i = 0; i < count; i++) {
            String line = lines.get(random.nextInt(lines.size()));
            if (random.nextInt(4) == 0) {
                line = line.substring(0, random.nextInt(line.length() + 1)) + "护林员" + i;
            }
            chosen.add(line);
        }
        return SeedFixture.publication(slug, "訪談" + slug, chosen);
    }

    /** Two slugs whose 24-bit hashes collide, so the collision ranks are exercised. */
    private static List<String> collidingSlugs() {
        Map<Integer, String> seen = new HashMap<>();
        for (int i = 0; ; i++) {
            String slug = "c" + i;
            String other = seen.putIfAbsent(InterviewAnalysis.slugHash(slug), slug);
            if (other != null) {
                return List.of(other, slug);
            }
        }
    }

    @Test
    void randomSequencesOfPutAndRemoveEqualACleanBuild(@TempDir Path temp) throws IOException {
        List<String> lines = SeedFixture.cleanedLines();
        List<String> slugs = new ArrayList<>(List.of("a", "b", "c", "interview-d", "e_5", "f", "g", "h"));
        slugs.addAll(collidingSlugs());
        Random random = new Random(8);
        Map<String, Publication> current = new TreeMap<>();
        MemoryTree site = new MemoryTree();
        Path index = temp.resolve("index");
        Path cache = temp.resolve("cache");
        for (int step = 0; step < 14; step++) {
            try (SearchIndexer indexer = SearchIndexer.open(index, cache)) {
                assertThat(indexer.indexed()).isEqualTo(current.keySet());
                int operations = step == 0 ? 6 : 1 + random.nextInt(step % 5 == 0 ? 8 : 3);
                for (int op = 0; op < operations; op++) {
                    String slug = slugs.get(random.nextInt(slugs.size()));
                    if (random.nextInt(4) == 0 && current.containsKey(slug)) {
                        indexer.remove(slug);
                        current.remove(slug);

                    } else {
                        Publication publication = variant(slug, random, lines);
                        indexer.put(publication);
                        current.put(slug, publication);

                    }
                }
                indexer.finish(site);
                // what a caller that sweeps unwritten files must keep: exactly the static index
                assertThat(new java.util.TreeSet<>(indexer.staticFiles())).isEqualTo(site.files.keySet());
            }
            // a clean build of the same interviews, put in reverse order
            MemoryTree clean = new MemoryTree();
            Path cleanIndex = temp.resolve("clean-" + step);
            List<Publication> reversed = new ArrayList<>(current.values());
            java.util.Collections.reverse(reversed);
            SearchIndexer.write(reversed, cleanIndex, clean);
            java.util.Set<String> extra = new java.util.TreeSet<>(site.files.keySet());
            extra.removeAll(clean.files.keySet());
            java.util.Set<String> missing = new java.util.TreeSet<>(clean.files.keySet());
            missing.removeAll(site.files.keySet());
            assertThat(extra).as("step " + step + " files a clean build does not write").isEmpty();
            assertThat(missing).as("step " + step + " files missing").isEmpty();
            for (Map.Entry<String, byte[]> file : clean.files.entrySet()) {
                assertThat(site.text(file.getKey())).as("step " + step + " " + file.getKey())
                        .isEqualTo(new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            }
            try (Searcher incremental = Searcher.open(index); Searcher fresh = Searcher.open(cleanIndex)) {
                for (String query : QUERIES) {
                    assertThat(hits(incremental, query)).as("step " + step + " " + query).isEqualTo(hits(fresh, query));
                }
            }
        }
    }

    @Test
    void closingWithoutFinishChangesNothing(@TempDir Path temp) throws IOException {
        Publication seed = SeedFixture.handBuilt();
        MemoryTree site = new MemoryTree();
        try (SearchIndexer indexer = SearchIndexer.open(temp.resolve("index"), temp.resolve("cache"))) {
            indexer.put(seed);
            indexer.finish(site);
        }
        Map<String, byte[]> before = new TreeMap<>(site.files);
        try (SearchIndexer indexer = SearchIndexer.open(temp.resolve("index"), temp.resolve("cache"))) {
            indexer.remove(seed.slug());
        }
        try (SearchIndexer indexer = SearchIndexer.open(temp.resolve("index"), temp.resolve("cache"))) {
            assertThat(indexer.indexed()).containsExactly(seed.slug());
        }
        try (Searcher searcher = Searcher.open(temp.resolve("index"))) {
            assertThat(searcher.search(SearchRequest.of("护林员")).total()).isEqualTo(1);
        }
        assertThat(site.files.keySet()).isEqualTo(before.keySet());
    }

    @Test
    void aCacheOfAnotherIndexIsDiscarded(@TempDir Path temp) throws IOException {
        Publication seed = SeedFixture.handBuilt();
        try (SearchIndexer indexer = SearchIndexer.open(temp.resolve("index"), temp.resolve("cache"))) {
            indexer.put(seed);
            indexer.finish(new MemoryTree());
        }
        try (SearchIndexer indexer = SearchIndexer.open(temp.resolve("other-index"), temp.resolve("cache"))) {
            assertThat(indexer.indexed()).isEmpty();
            assertThat(indexer.notes()).singleElement().asString().contains("rebuilt");
        }
    }

    private static List<String> hits(Searcher searcher, String query) throws IOException {
        return searcher.search(SearchRequest.of(query).withLimit(50)).hits().stream()
                .map(h -> h.interview() + "/p" + h.paragraph() + "=" + h.score()).toList();
    }

    @Test
    void staticPostingsAreLucenePostings(@TempDir Path temp) throws IOException {
        List<String> lines = SeedFixture.cleanedLines();
        List<Publication> publications = new ArrayList<>(List.of(SeedFixture.publication()));
        Random random = new Random(3);
        for (String slug : List.of("x1", "x2", "x3")) {
            publications.add(variant(slug, random, lines));
        }
        MemoryTree site = new MemoryTree();
        SearchIndexer.write(publications, temp, site);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode meta = data(mapper, site.text("search/index.js"));
        int shards = meta.get("shards").asInt();
        Map<String, String> staticPostings = new HashMap<>();
        for (int s = 0; s < shards; s++) {
            data(mapper, site.text("search/terms-" + s + ".js")).fields().forEachRemaining(e -> staticPostings.put(e.getKey(), e.getValue().asText()));
        }
        Map<Integer, Integer> perShard = new HashMap<>();
        for (JsonNode term : meta.get("large")) {
            int s = StaticIndexWriter.shard(term.asText(), shards);
            int j = perShard.merge(s, 1, Integer::sum) - 1;
            data(mapper, site.text("search/terms-" + s + "-" + j + ".js")).fields()
                    .forEachRemaining(e -> staticPostings.put(e.getKey(), e.getValue().asText()));
        }
        Map<String, String> lucene = new HashMap<>();
        try (var directory = FSDirectory.open(temp); DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, TreeMap<Long, String>> entries = new HashMap<>();
            Map<String, Integer> collisionFree = new HashMap<>();
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                int max = leaf.maxDoc();
                long[] docKeys = new long[max];
                long[] lengthRole = new long[max];
                NumericDocValues hash = leaf.getNumericDocValues(IndexFields.ORDER_HASH);
                NumericDocValues paragraph = leaf.getNumericDocValues(IndexFields.ORDER_PARAGRAPH);
                SortedDocValues slug = leaf.getSortedDocValues(IndexFields.INTERVIEW);
                NumericDocValues norms = leaf.getNormValues(IndexFields.TEXT);
                var stored = leaf.storedFields();
                for (int doc = 0; doc < max; doc++) {
                    hash.advanceExact(doc);
                    paragraph.advanceExact(doc);
                    slug.advanceExact(doc);
                    collisionFree.put(slug.lookupOrd(slug.ordValue()).utf8ToString(), (int) hash.longValue());
                    docKeys[doc] = (hash.longValue() << SearchManifest.COLLISION_BITS) * 65536 + paragraph.longValue();
                    long length = norms.advanceExact(doc) ? norms.longValue() : 0;
                    String role = stored.document(doc).get(IndexFields.ROLE);
                    lengthRole[doc] = length * 4 + org.duidu.model.Role.valueOf(role.toUpperCase(java.util.Locale.ROOT)).ordinal();
                }
                Terms terms = leaf.terms(IndexFields.TEXT);
                TermsEnum termsEnum = terms.iterator();
                for (BytesRef term; (term = termsEnum.next()) != null; ) {
                    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.POSITIONS);
                    for (int doc; (doc = postings.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
                        StringBuilder entry = new StringBuilder(postings.freq() + " " + lengthRole[doc] + ":");
                        for (int i = 0; i < postings.freq(); i++) {
                            entry.append(' ').append(postings.nextPosition());
                        }
                        entries.computeIfAbsent(term.utf8ToString(), t -> new TreeMap<>()).put(docKeys[doc], entry.toString());
                    }
                }
            }
            assertThat(new java.util.HashSet<>(collisionFree.values())).hasSize(publications.size());
            entries.forEach((term, docs) -> lucene.put(term, docs.toString()));
        }
        Map<String, String> decoded = new HashMap<>();
        staticPostings.forEach((term, encoded) -> decoded.put(term, decode(encoded)));
        assertThat(decoded.keySet()).isEqualTo(lucene.keySet());
        lucene.forEach((term, expected) -> assertThat(decoded.get(term)).as(term).isEqualTo(expected));
    }

    /** The static postings as "{doc=freq lengthRole: positions, …}", read as search.js reads them. */
    private static String decode(String encoded) {
        int[] at = {0};
        long df = StaticIndexWriter.readVarint(encoded, at);
        TreeMap<Long, String> docs = new TreeMap<>();
        long key = 0;
        while (at[0] < encoded.length()) {
            key += StaticIndexWriter.readVarint(encoded, at);
            long count = StaticIndexWriter.readVarint(encoded, at);
            long paragraph = 0;
            for (long c = 0; c < count; c++) {
                paragraph += StaticIndexWriter.readVarint(encoded, at);
                long freq = StaticIndexWriter.readVarint(encoded, at);
                StringBuilder entry = new StringBuilder(freq + " " + StaticIndexWriter.readVarint(encoded, at) + ":");
                long position = 0;
                for (long f = 0; f < freq; f++) {
                    position += StaticIndexWriter.readVarint(encoded, at);
                    entry.append(' ').append(position);
                }
                docs.put(key * 65536 + paragraph, entry.toString());
            }
        }
        assertThat(docs).hasSize((int) df);
        return docs.toString();
    }

    private static JsonNode data(ObjectMapper mapper, String script) throws IOException {
        int comma = script.indexOf(',');
        return mapper.readTree(script.substring(comma + 1, script.lastIndexOf(')')));
    }
}
