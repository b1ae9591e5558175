package org.duidu.search;

import org.apache.lucene.analysis.CharFilterFactory;

import java.io.Reader;
import java.util.Map;

/**
 * The Traditional/Simplified, width and case fold of {@link ScriptFold} as a Lucene char filter, by
 * SPI name {@value #NAME}: the first step of {@link SearchAnalyzer} and of the Solr configset's
 * {@code text_duidu} field type ({@code solr/configset/duidu}). Takes no arguments.
 */
public final class ScriptFoldCharFilterFactory extends CharFilterFactory {
    /** The SPI name, as a Solr schema writes it: {@code <charFilter name="duiduScriptFold"/>}. */
    public static final String NAME = "duiduScriptFold";

    private final ScriptFold fold = ScriptFold.standard();

    /** Creates the factory; no arguments are accepted. */
    public ScriptFoldCharFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For SPI discovery only (Lucene requires a no-argument constructor). */
    public ScriptFoldCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return new ScriptFoldCharFilter(input, fold);
    }

    @Override
    public Reader normalize(Reader input) {
        return create(input);
    }
}
