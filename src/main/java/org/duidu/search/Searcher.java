package org.duidu.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.duidu.diag.DuiduException;
import org.duidu.model.Edition;
import org.duidu.model.Role;
import org.duidu.model.UrlScheme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs queries against an index written by {@link SearchIndexer}. Each word of a query is a phrase
 * and every word is required; when no paragraph has them all, paragraphs with any word are returned
 * and {@link SearchResults#anyWord()} says so. Nothing a user types is query syntax, so no input
 * causes an error. Thread-safe: one instance can serve concurrent requests.
 */
public final class Searcher implements ParagraphSearch {
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final ScriptFold fold = ScriptFold.standard();

    private Searcher(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new LiveStatisticsSearcher(reader);
        this.searcher.setSimilarity(new ExactBm25Similarity());
    }

    /**
     * Opens the index in {@code indexDir}.
     *
     * @throws DuiduException when the directory holds no index (with a message a user can act on)
     * @throws IOException    when the index cannot be read
     */
    public static Searcher open(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new DuiduException("no search index at " + indexDir + " (run 'duidu build' first, or pass --index DIR)");
        }
        Directory directory = FSDirectory.open(indexDir);
        try {
            return new Searcher(directory, DirectoryReader.open(directory));
        } catch (IndexNotFoundException e) {
            directory.close();
            throw new DuiduException("no search index at " + indexDir + " (run 'duidu build' first, or pass --index DIR)", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Runs a query. */
    @Override
    public SearchResults search(SearchRequest request) throws IOException {
        List<List<Token>> phrases = QueryWords.phrases(request.query(), fold);
        if (phrases.isEmpty()) {
            return new SearchResults(request.query(), 0, false, List.of());
        }
        // browsing counts and groups every match, so it collects them all
        int wanted = request.browse().active() ? Math.max(1, reader.maxDoc()) : request.limit();
        TopDocs top = run(words(phrases, Occur.MUST), request, wanted);
        boolean anyWord = false;
        if (top.totalHits.value == 0 && phrases.size() > 1) {
            top = run(words(phrases, Occur.SHOULD), request, wanted);
            anyWord = true;
        }
        if (request.browse().active()) {
            return browse(request, top, phrases, anyWord);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            // the score is the first sort value (ScoreDoc.score is not filled in by a field sort)
            float score = (Float) ((org.apache.lucene.search.FieldDoc) scoreDoc).fields[0];
            hits.add(hit(searcher.storedFields().document(scoreDoc.doc), score, phrases, request.edition()));
        }
        return new SearchResults(request.query(), Math.toIntExact(top.totalHits.value), anyWord, hits);
    }

    /** The browsing part of a search ({@link Browsing}) over every match. */
    private SearchResults browse(SearchRequest request, TopDocs top, List<List<Token>> phrases, boolean anyWord) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        String[] slugs = new String[docs.length];
        String[] roles = new String[docs.length];
        // doc values are read forward only: visit the hits in document order
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> docs[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        org.apache.lucene.index.SortedDocValues slugValues = null;
        org.apache.lucene.index.SortedDocValues roleValues = null;
        int base = 0;
        for (int i : byDoc) {
            int doc = docs[i].doc;
            int leaf = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                base = leaves.get(leaf).docBase;
                slugValues = org.apache.lucene.index.DocValues.getSorted(leaves.get(leaf).reader(), IndexFields.INTERVIEW);
                roleValues = org.apache.lucene.index.DocValues.getSorted(leaves.get(leaf).reader(), IndexFields.ROLE);
            }
            slugValues.advanceExact(doc - base);
            slugs[i] = slugValues.lookupOrd(slugValues.ordValue()).utf8ToString();
            roleValues.advanceExact(doc - base);
            roles[i] = roleValues.lookupOrd(roleValues.ordValue()).utf8ToString();
        }
        List<Browsing.Match> ranked = new ArrayList<>(docs.length);
        java.util.Map<String, Integer> firstDoc = new java.util.HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            float score = (Float) ((org.apache.lucene.search.FieldDoc) docs[i]).fields[0];
            ranked.add(new Browsing.Match(slugs[i], SearchRequest.role(roles[i]), docs[i].doc, score));
            firstDoc.putIfAbsent(slugs[i], docs[i].doc);
        }
        org.apache.lucene.index.StoredFields stored = searcher.storedFields();
        Browsing.Page page = Browsing.browse(ranked, slug -> {
            try {
                return Browsing.InterviewFacets.decode(stored.document(firstDoc.get(slug), java.util.Set.of(IndexFields.FACETS))
                        .get(IndexFields.FACETS));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, request.browse(), request.edition(), request.limit());
        List<SearchHit> hits = new ArrayList<>();
        for (Browsing.Match m : page.page()) {
            hits.add(hit(stored.document(m.doc()), m.score(), phrases, request.edition()));
        }
        java.util.Map<String, List<SearchResults.Count>> counts = new java.util.LinkedHashMap<>();
        if (request.browse().counts()) {
            page.counts().forEach((facet, values) -> counts.put(facet,
                    values.stream().map(c -> new SearchResults.Count(c.value(), c.label(), c.count())).toList()));
        }
        return new SearchResults(request.query(), ranked.size(), anyWord, hits,
                new SearchResults.Browsed(page.interviews(), request.browse().offset(), page.more(), counts));
    }

    private TopDocs run(Query words, SearchRequest request, int wanted) throws IOException {
        Query answer = new TermQuery(new Term(IndexFields.ROLE, Role.ANSWER.id()));
        // Two disjoint branches, so the role weight is the boost every clause's BM25 is scaled by,
        // which search.js repeats exactly.
        Query ranked = new BooleanQuery.Builder()
                .add(new BoostQuery(new BooleanQuery.Builder().add(words, Occur.MUST).add(answer, Occur.FILTER).build(),
                        IndexFields.boost(Role.ANSWER)), Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(words, Occur.MUST).add(answer, Occur.MUST_NOT).build(), Occur.SHOULD)
                .build();
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(ranked, Occur.MUST);
        request.role().ifPresent(r -> filtered.add(new TermQuery(new Term(IndexFields.ROLE, r.id())), Occur.FILTER));
        request.interview().ifPresent(slug -> filtered.add(new TermQuery(new Term(IndexFields.INTERVIEW, slug)), Occur.FILTER));
        request.section().ifPresent(n -> filtered.add(IntPoint.newExactQuery(IndexFields.SECTION, n), Occur.FILTER));
        request.browse().filters().forEach((facet, value) ->
                filtered.add(new TermQuery(new Term(IndexFields.facet(facet), value)), Occur.FILTER));
        return searcher.search(filtered.build(), new TopFieldCollectorManager(ORDER, wanted, null, Integer.MAX_VALUE));
    }

    /**
     * Score, then ties in the static index's document order (slug hash, slug, paragraph index), which
     * does not depend on how the index was built up: an updated index ranks as a fresh one does.
     */
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.ORDER_HASH, SortField.Type.LONG),
            new SortField(IndexFields.INTERVIEW, SortField.Type.STRING),
            new SortField(IndexFields.ORDER_PARAGRAPH, SortField.Type.LONG));

    /**
     * Ranks with the statistics of the live documents only. Lucene's own statistics count deleted
     * documents until their segment is merged, so an index updated in place would score differently
     * from a fresh one (and from the static index); with deletions, they are counted here instead.
     */
    private static final class LiveStatisticsSearcher extends IndexSearcher {
        private final java.util.Map<String, CollectionStatistics> collections = new java.util.concurrent.ConcurrentHashMap<>();

        LiveStatisticsSearcher(IndexReader reader) {
            super(reader);
        }

        @Override
        public CollectionStatistics collectionStatistics(String field) throws IOException {
            if (!getIndexReader().hasDeletions()) {
                return super.collectionStatistics(field);
            }
            CollectionStatistics known = collections.get(field);
            if (known != null) {
                return known;
            }
            long docCount = 0;
            long sumTotalTermFreq = 0;
            for (LeafReaderContext leaf : getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                NumericDocValues norms = leaf.reader().getNormValues(field);
                if (norms == null) {
                    continue;
                }
                // norms are exact lengths (ExactBm25Similarity), present for documents with tokens
                for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        docCount++;
                        sumTotalTermFreq += norms.longValue();
                    }
                }
            }
            CollectionStatistics statistics = docCount == 0 ? null
                    : new CollectionStatistics(field, getIndexReader().maxDoc(), docCount, sumTotalTermFreq, sumTotalTermFreq);
            if (statistics != null) {
                collections.put(field, statistics);
            }
            return statistics;
        }

        @Override
        public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
            if (!getIndexReader().hasDeletions()) {
                return super.termStatistics(term, docFreq, totalTermFreq);
            }
            int live = 0;
            long liveFreq = 0;
            for (LeafReaderContext leaf : getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(term.field());
                if (terms == null) {
                    continue;
                }
                TermsEnum termsEnum = terms.iterator();
                if (!termsEnum.seekExact(term.bytes())) {
                    continue;
                }
                Bits liveDocs = leaf.reader().getLiveDocs();
                PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (liveDocs == null || liveDocs.get(doc)) {
                        live++;
                        liveFreq += postings.freq();
                    }
                }
            }
            // a term only deleted documents have matches nothing: Lucene's statistics are harmless there
            return live == 0 ? super.termStatistics(term, docFreq, totalTermFreq) : new TermStatistics(term.bytes(), live, liveFreq);
        }
    }

    private static Query words(List<List<Token>> phrases, Occur occur) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (List<Token> phrase : phrases) {
            words.add(phraseQuery(phrase), occur);
        }
        return words.build();
    }

    private static Query phraseQuery(List<Token> phrase) {
        if (phrase.size() == 1) {
            return new TermQuery(new Term(IndexFields.TEXT, phrase.get(0).term()));
        }
        PhraseQuery.Builder builder = new PhraseQuery.Builder();
        for (Token token : phrase) {
            builder.add(new Term(IndexFields.TEXT, token.term()), token.position());
        }
        return builder.build();
    }

    private SearchHit hit(Document document, float score, List<List<Token>> phrases, Edition edition) {
        String slug = document.get(IndexFields.INTERVIEW);
        int paragraph = document.getField(IndexFields.PARAGRAPH).numericValue().intValue();
        String text = document.get(IndexFields.text(edition));
        String snippet = Snippets.html(text, Snippets.matches(text, phrases, fold));
        return new SearchHit(slug, document.get(IndexFields.title(edition)),
                document.getField(IndexFields.SECTION).numericValue().intValue(), paragraph,
                Role.valueOf(document.get(IndexFields.ROLE).toUpperCase(java.util.Locale.ROOT)),
                document.get(IndexFields.speaker(edition)), score,
                UrlScheme.interview(edition, slug) + "#p" + paragraph, snippet);
    }

    /** Closes the index. */
    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
