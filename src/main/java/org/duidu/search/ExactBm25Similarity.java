package org.duidu.search;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 with exact document lengths. Lucene's own BM25 stores lengths lossily in one byte; keeping
 * them exact lets {@code search.js} compute the same float scores from the exported statistics, so
 * the CLI and the static page rank identically, ties included. The browser repeats
 * {@link #score} operation for operation. Public so that a Solr schema can name it
 * ({@code <similarity class="org.duidu.search.ExactBm25Similarity"/>}): Solr then ranks alike.
 */
public final class ExactBm25Similarity extends Similarity {
    static final double K1 = 1.2;
    static final double B = 0.75;

    /** The similarity (Solr instantiates it by class name). */
    public ExactBm25Similarity() {
        super();
    }

    @Override
    public long computeNorm(FieldInvertState state) {
        return state.getLength();
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        double idf = 0;
        for (TermStatistics term : terms) {
            idf += idf(collection.docCount(), term.docFreq());
        }
        double averageLength = (double) collection.sumTotalTermFreq() / collection.docCount();
        double phraseIdf = idf;
        return new SimScorer() {
            @Override
            public float score(float freq, long norm) {
                return ExactBm25Similarity.score(boost, phraseIdf, freq, norm, averageLength);
            }
        };
    }

    /** Okapi idf as Lucene computes it; StrictMath so that it equals JavaScript's fdlibm log. */
    static double idf(long docCount, long docFreq) {
        return StrictMath.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    static float score(double boost, double idf, double freq, long length, double averageLength) {
        return (float) (boost * idf * freq / (freq + K1 * (1 - B + B * length / averageLength)));
    }
}
