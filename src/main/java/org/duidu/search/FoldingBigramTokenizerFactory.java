package org.duidu.search;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

import java.util.Locale;
import java.util.Map;

/**
 * {@link FoldingBigramTokenizer} by SPI name {@value #NAME}. With {@code mode="index"} (the default)
 * it emits every unigram and bigram ({@link Tokenization#tokenize}); with {@code mode="query"} it
 * reads its input as one query word and emits the phrase that word stands for
 * ({@link Tokenization#phrase}), so that Solr's field query parser builds the same phrase query as
 * {@link Searcher}.
 */
public final class FoldingBigramTokenizerFactory extends TokenizerFactory {
    /** The SPI name, as a Solr schema writes it: {@code <tokenizer name="duiduBigram"/>}. */
    public static final String NAME = "duiduBigram";

    private final ScriptFold fold = ScriptFold.standard();
    private final boolean query;

    /** Creates the factory; the only argument is {@code mode} ({@code index} or {@code query}). */
    public FoldingBigramTokenizerFactory(Map<String, String> args) {
        super(args);
        String mode = get(args, "mode", "index").toLowerCase(Locale.ROOT);
        if (!mode.equals("index") && !mode.equals("query")) {
            throw new IllegalArgumentException("mode must be index or query, not " + mode);
        }
        query = mode.equals("query");
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For SPI discovery only (Lucene requires a no-argument constructor). */
    public FoldingBigramTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new FoldingBigramTokenizer(factory, fold, query);
    }
}
