package org.duidu.cli;

import org.duidu.search.solr.SolrTarget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --solr URL[,URL…] --collection NAME}: a SolrCloud collection instead of the local index.
 * Holds only strings, so a command that is not given {@code --solr} never loads SolrJ.
 */
public final class SolrOptions {
    @Option(names = "--solr", paramLabel = "URL[,URL...]",
            description = "SolrCloud node URL(s), such as http://localhost:8983/solr (comma-separated: any live node serves)")
    String urls;

    @Option(names = "--collection", paramLabel = "NAME", description = "the Solr collection (with --solr)")
    String collection;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** True when {@code --solr} was given. */
    boolean present() {
        if (urls == null && collection != null) {
            throw new ParameterException(command.commandLine(), "--collection needs --solr URL");
        }
        return urls != null;
    }

    /** The target; a missing collection or a bad URL is a usage error. */
    SolrTarget target() {
        if (collection == null) {
            throw new ParameterException(command.commandLine(), "--solr needs --collection NAME");
        }
        try {
            return SolrTarget.parse(urls, collection);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--solr/--collection: " + e.getMessage());
        }
    }
}
