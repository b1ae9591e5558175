package org.duidu.search.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;

import java.util.concurrent.TimeUnit;

/** Makes SolrJ clients and turns their exceptions into one line a user can act on. */
final class SolrClients {
    private SolrClients() {
    }

    /**
     * A cloud client that reads the cluster state over HTTP from any of the target's nodes and
     * sends each request to a live replica (updates to the shard leaders).
     */
    static SolrClient cloud(SolrTarget target) {
        return new CloudHttp2SolrClient.Builder(target.urls())
                .withDefaultCollection(target.collection())
                .withInternalClientBuilder(new Http2SolrClient.Builder()
                        .withConnectionTimeout(10, TimeUnit.SECONDS)
                        .withIdleTimeout(120, TimeUnit.SECONDS))
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
