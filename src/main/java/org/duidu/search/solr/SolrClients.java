package org.duidu.search.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;


/** Makes SolrJ clients and turns their exceptions into one line a user can act on. */
final class SolrClients {
    private SolrClients() {
    }

    /**
     * A cloud client that reads the cluster state over HTTP from any of the target's nodes and
     * sends each request to a live replica (updates to the shard leaders). The HTTP/1.1 client over
     * Apache HttpClient: SolrJ's HTTP/2 client needs Jetty 10, which cannot share the class path with
     * the Jetty 12 of {@code duidu serve}.
     */
    static SolrClient cloud(SolrTarget target) {
        return new CloudLegacySolrClient.Builder(target.urls())
                .withConnectionTimeout(10_000)
                .withSocketTimeout(120_000)
                .build();
    }

    /** The innermost message of a failure, without a stack trace. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
