package org.duidu.search.solr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a collection lives: one or more base URLs of SolrCloud nodes ({@code http://host:8983/solr},
 * comma-separated on the command line; any live one serves the cluster state, so several keep
 * working while a node is down) and the collection's name.
 *
 * @param urls       the nodes' base URLs, without a trailing slash
 * @param collection the collection
 */
public record SolrTarget(List<String> urls, String collection) {
    /** Copies and checks the values. */
    public SolrTarget {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no Solr URL");
        }
        if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("'" + collection + "' is not a collection name (letters, digits, . _ -)");
        }
    }

    /**
     * Parses {@code --solr URL[,URL…]} and {@code --collection NAME}.
     *
     * @throws IllegalArgumentException naming the bad URL or name (a usage error)
     */
    public static SolrTarget parse(String urls, String collection) {
        List<String> out = new ArrayList<>();
        for (String raw : urls.split(",")) {
            String url = raw.strip();
            if (url.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + url + "' is not a URL", e);
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("'" + url + "' is not an http(s) URL of a Solr node, such as http://localhost:8983/solr");
            }
            out.add(url.replaceAll("/+$", ""));
        }
        return new SolrTarget(out, collection);
    }

    /** The collection's address, for messages. */
    public String describe() {
        return String.join(",", urls) + " (collection " + collection + ")";
    }
}
