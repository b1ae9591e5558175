package org.duidu.search.solr;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud on loopback from Maven Central artifacts only: {@link MiniSolrCloudCluster} of
 * solr-test-framework (embedded ZooKeeper, Jetty nodes on free ports) with the repository's
 * configset {@code solr/configset/duidu} and one collection. Our analysis classes are on the
 * nodes' class path (this JVM's), as the duidu-solr jar would be in a real Solr's lib directory.
 * Used by {@code SolrCloudIT}, {@code SolrBenchmark} and, through {@link #main}, by
 * {@code scripts/solr-local.sh}.
 */
public final class LocalSolrCloud implements AutoCloseable {
    /** The configset in the repository. */
    public static final Path CONFIGSET = Path.of("solr/configset/duidu/conf");
    private final MiniSolrCloudCluster cluster;
    private final String collection;

    private LocalSolrCloud(MiniSolrCloudCluster cluster, String collection) {
        this.cluster = cluster;
        this.collection = collection;
    }

    /** Starts {@code nodes} nodes and creates the collection with that many shards and replicas. */
    public static LocalSolrCloud start(Path baseDir, int nodes, String collection, int shards, int replicas) throws Exception {
        // MiniSolrCloudCluster reads these from system properties; the defaults suit a test JVM of Solr's own
        System.setProperty("solr.log.dir", baseDir.resolve("logs").toString());
        System.setProperty("jetty.testMode", "true");
        System.setProperty("solr.autoCommit.maxTime", "60000");
        Files.createDirectories(baseDir);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, baseDir)
                .addConfig("duidu", CONFIGSET)
                .configure();
        try {
            LocalSolrCloud cloud = new LocalSolrCloud(cluster, collection);
            createCollection(cloud, collection, shards, replicas);
            return cloud;
        } catch (Exception e) {
            cluster.shutdown();
            throw e;
        }
    }

    /** Creates another collection from the configset. */
    public static void createCollection(LocalSolrCloud cloud, String collection, int shards, int replicas) throws Exception {
        CollectionAdminRequest.createCollection(collection, "duidu", shards, replicas).process(cloud.cluster.getSolrClient());
        cloud.cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, shards, shards * replicas);
    }

    /** The nodes' base URLs ({@code http://127.0.0.1:PORT/solr}). */
    public List<String> urls() {
        return cluster.getJettySolrRunners().stream().filter(JettySolrRunner::isRunning)
                .map(j -> j.getBaseUrl().toString()).toList();
    }

    /** The target of every node's URL. */
    public SolrTarget target() {
        return new SolrTarget(urls(), collection);
    }

    /** Stops node {@code index}; its replicas' shards are answered by the others. */
    public void stopNode(int index) throws Exception {
        JettySolrRunner jetty = cluster.stopJettySolrRunner(index);
        cluster.waitForJettyToStop(jetty);
    }

    /** Stops every node and ZooKeeper. */
    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }

    /**
     * {@code LocalSolrCloud DIR [COLLECTION]}: starts 2 nodes and a collection of 2 shards × 2
     * replicas, writes the comma-separated URLs to {@code DIR/urls} and prints them, then runs until
     * the process is stopped (a shutdown hook stops the cluster).
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/solr-local");
        String collection = args.length > 1 ? args[1] : "duidu";
        LocalSolrCloud cloud = start(dir.resolve("cluster"), 2, collection, 2, 2);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cloud.close();
            } catch (Exception e) {
                System.err.println("solr-local: stopping the cluster: " + e);
            }
            stopped.countDown();
        }));
        String urls = String.join(",", cloud.urls());
        Files.writeString(dir.resolve("urls"), urls + "\n");
        System.out.println("SolrCloud ready: --solr " + urls + " --collection " + collection);
        System.out.flush();
        stopped.await();
    }
}
