package org.duidu.search;

import com.fasterxml.jackson.core.JsonFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps a site's search indexes up to date, one interview at a time: the Lucene index (one document
 * per paragraph, DESIGN §5) and the static index under {@code search/} in the site, which the
 * browser ranks with exactly as {@link Searcher} does.
 *
 * <p>Each interview's analysis is kept in the build cache ({@code cacheDir/search/}): {@link #finish}
 * derives the static files from it, patching only the files that hold a changed interview's terms
 * and texts, never reading the Lucene index back. The cache and the index carry one state id; when
 * they disagree (a build killed between them, a foreign directory) both are discarded and
 * {@link #indexed()} is empty, so the caller puts every interview again.
 *
 * <p>{@link #put} and {@link #remove} are thread-safe; {@link #finish} and {@link #close} are
 * called once, by one thread, after them.
 */
public final class SearchIndexer implements AutoCloseable {
    private static final String STATE = "duidu.search.state";
    /** Lucene's in-memory buffer before it flushes a segment: enough for large segments, small enough for -Xmx512m. */
    static final double RAM_BUFFER_MB = 48;
    /**
     * An interview with more text than this (chars, both editions) is indexed document by document and
     * flushed to its own segment at once (issue 9).
     */
    static final long LARGE_CHARACTERS = 2_000_000;

    private final ScriptFold fold = ScriptFold.standard();
    private final JsonFactory json = new JsonFactory();
    private final Directory directory;
    private final IndexWriter writer;
    private final Path cache;
    private final SearchManifest previous;
    /** The interviews put in this build, with their summaries (so finish need not read their records for them). */
    private final Map<String, SearchManifest.Entry> put = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final List<String> notes = new ArrayList<>();
    private boolean finished;
    private boolean closed;
    private SearchManifest current;

    private SearchIndexer(Directory directory, IndexWriter writer, Path cache, SearchManifest previous) {
        this.directory = directory;
        this.writer = writer;
        this.cache = cache;
        this.previous = previous;
    }

    /**
     * Opens (or creates) the index in {@code indexDir} for incremental update; {@code cacheDir} is
     * the build cache directory (search keeps its per-interview data under {@code cacheDir/search/}).
     *
     * @throws IOException when the index cannot be opened
     */
    public static SearchIndexer open(Path indexDir, Path cacheDir) throws IOException {
        Files.createDirectories(indexDir);
        Path cache = cacheDir.resolve("search");
        Files.createDirectories(cache);
        CacheFiles.deleteTree(cache.resolve("pending"));
        CacheFiles.deleteTree(cache.resolve("tmp"));
        Directory directory = FSDirectory.open(indexDir);
        try {
            String committed = committedState(directory);
            SearchManifest manifest = SearchManifest.read(cache.resolve("manifest"));
            boolean trusted = committed != null && !manifest.state.isEmpty() && committed.equals(manifest.state);
            IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer(ScriptFold.standard()))
                    .setOpenMode(trusted ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setSimilarity(new ExactBm25Similarity())
                    .setMergePolicy(new TieredMergePolicy())
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            SearchIndexer indexer;
            if (trusted) {
                indexer = new SearchIndexer(directory, writer, cache, manifest);
            } else {
                // a cache that does not belong to this index is never trusted: start both afresh
                CacheFiles.deleteTree(cache);
                Files.createDirectories(cache);
                indexer = new SearchIndexer(directory, writer, cache, new SearchManifest());
                if (committed != null || !manifest.state.isEmpty()) {
                    indexer.notes.add("search index and its cache did not match: rebuilt from scratch");
                }
            }
            return indexer;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static String committedState(Directory directory) throws IOException {
        try {
            return SegmentInfos.readLatestCommit(directory).getUserData().get(STATE);
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return null;
        }
    }

    /** The slugs the index already holds (from earlier builds): interviews not put again stay as they are. */
    public Set<String> indexed() {
        return Collections.unmodifiableSet(previous.interviews.keySet());
    }

    /** What happened that a user may want to know (a discarded cache). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * Replaces every document of this interview (update by term on the interview slug). Thread-safe:
     * called from the build's worker threads.
     *
     * @throws IllegalArgumentException when the editions' paragraphs do not line up with the source's
     */
    public void put(Publication publication) throws IOException {
        InterviewAnalysis analysis = InterviewAnalysis.analyze(publication, fold, json);
        String slug = publication.slug();
        // outside the lock: the index and the record file of different slugs are written in parallel
        // (the caller puts or removes one slug from one thread at a time); the record's postings come
        // from the tokens the index writer reads
        Term interview = new Term(IndexFields.INTERVIEW, slug);
        if (analysis.characters() <= LARGE_CHARACTERS) {
            writer.updateDocuments(interview, analysis.documents());
        } else {
            // a large interview (issue 9: 20 MB under -Xmx512m) one document at a time, so Lucene may flush
            // between them (one block of updateDocuments is held in memory whole); readers see the index only
            // once finish commits, so the replacement is still all or nothing for them
            writer.deleteDocuments(interview);
            for (Document document : analysis.documents()) {
                writer.addDocument(document);
            }
            // and its segment flushed at once: Lucene keeps the stored-fields buffer a large document went
            // through (recycled, not counted in its RAM buffer) until then, 74 MB after a 20 MB paragraph
            writer.flush();
        }
        InterviewRecord record = analysis.record();
        record.write(pending(slug));
        synchronized (this) {
            put.put(slug, record.entry());
            removed.remove(slug);
        }
    }

    /** Removes an interview's documents and its static search data. */
    public synchronized void remove(String slug) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.INTERVIEW, slug));
        Files.deleteIfExists(pending(slug));
        put.remove(slug);
        removed.add(slug);
    }

    /**
     * Commits the index and writes the static search files into {@code site}, rewriting only the
     * files whose content changed (and deleting ones no longer needed), without reading the whole
     * index back.
     */
    public synchronized void finish(OutputTree site) throws IOException {
        SearchManifest next = previous.copy();
        Set<String> changed = new TreeSet<>(put.keySet());
        changed.addAll(removed);
        for (String slug : removed) {
            next.interviews.remove(slug);
        }
        next.interviews.putAll(put);
        next.state = UUID.randomUUID().toString();
        writer.setLiveCommitData(Map.of(STATE, next.state).entrySet());
        // Lucene's flush of the buffered documents and the static files (made from the cached records)
        // need nothing of each other: the commit runs on a thread of its own beside
        java.util.concurrent.FutureTask<Void> commit = new java.util.concurrent.FutureTask<>(() -> {
            writer.commit();
            return null;
        });
        Thread committer = new Thread(commit, "duidu-index-commit");
        committer.setDaemon(true);
        committer.start();
        try {
            writeStaticFiles(site, next, changed);
        } catch (IOException | RuntimeException | Error e) {
            Futures.awaitQuietly(commit); // never rolled back (by close) while it commits
            throw e;
        }
        Futures.get(commit, "committing the index");
        for (String slug : put.keySet()) {
            CacheFiles.move(pending(slug), live(slug));
        }
        for (String slug : removed) {
            Files.deleteIfExists(live(slug));
        }
        next.write(cache.resolve("manifest"));
        current = next;
        finished = true;
    }

    private void writeStaticFiles(OutputTree site, SearchManifest next, Set<String> changed) throws IOException {
        new StaticIndexWriter(cache, site, json, fold).write(previous, next, changed, new StaticIndexWriter.Records() {
            @Override
            public InterviewRecord previous(String slug) throws IOException {
                return InterviewRecord.read(live(slug));
            }

            @Override
            public InterviewRecord current(String slug) throws IOException {
                return InterviewRecord.read(currentRecord(slug));
            }

            @Override
            public InterviewRecord current(String slug, InterviewRecord.PostingsSink sink) throws IOException {
                return InterviewRecord.read(currentRecord(slug), sink);
            }
        });
    }

    /** Closes the index; without {@link #finish}, rolls back every change. A second call does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (finished) {
                writer.close();
            } else {
                writer.rollback();
                CacheFiles.deleteTree(cache.resolve("pending"));
            }
        } finally {
            directory.close();
        }
    }

    /**
     * Every static search file the index consists of after {@link #finish} (site-relative paths),
     * written by this build or kept from the previous one: a caller that sweeps files no build
     * step wrote must keep these.
     */
    public synchronized List<String> staticFiles() {
        if (!finished) {
            throw new IllegalStateException("static files are known after finish");
        }
        return StaticIndexWriter.files(current);
    }

    /**
     * Each interview's key in the static index after {@link #finish}: the search page's documents are
     * {@code key * 65536 + paragraph index}, so a file of per-interview data (the facets the page filters by)
     * can name interviews the way the page's hits do.
     */
    public synchronized Map<String, Long> staticKeys() {
        if (!finished) {
            throw new IllegalStateException("static keys are known after finish");
        }
        return java.util.Collections.unmodifiableMap(current.keys());
    }

    /** An interview's record as of this build: put in it (pending), or kept from an earlier one. */
    private Path currentRecord(String slug) {
        return put.containsKey(slug) ? pending(slug) : live(slug);
    }

    private Path pending(String slug) {
        return cache.resolve("pending").resolve(slug + ".bin");
    }

    private Path live(String slug) {
        return cache.resolve("interviews").resolve(slug + ".bin");
    }

    /**
     * Indexes every paragraph of every publication into a fresh index (the whole-site build of
     * earlier versions, on the incremental API with a throw-away cache).
     *
     * @param publications the interviews
     * @param luceneDir    where the Lucene index goes (created, or replaced if it holds one)
     * @param site         where the static index files go ({@code search/*.js})
     * @throws IOException when an index cannot be written
     */
    public static void write(List<Publication> publications, Path luceneDir, OutputTree site) throws IOException {
        Path cacheDir = Files.createTempDirectory("duidu-search-cache");
        try {
            try (SearchIndexer indexer = open(luceneDir, cacheDir)) {
                for (Publication publication : publications) {
                    indexer.put(publication);
                }
                indexer.finish(site);
            }
        } finally {
            CacheFiles.deleteTree(cacheDir);
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
}
