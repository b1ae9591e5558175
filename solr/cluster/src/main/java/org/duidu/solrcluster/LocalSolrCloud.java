package org.duidu.solrcluster;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A 2-node SolrCloud on loopback: {@link MiniSolrCloudCluster} (embedded ZooKeeper, Jetty nodes on
 * free ports) with the configset {@code solr/configset/duidu} (run from the repository root).
 *
 * <ul>
 *   <li>{@code LocalSolrCloud DIR COLLECTION}: creates the collection (2 shards × 2 replicas), writes
 *       the comma-separated node URLs to {@code DIR/urls}, prints them and runs until stopped (a
 *       shutdown hook stops the nodes and ZooKeeper): {@code scripts/solr-local.sh}.</li>
 *   <li>{@code LocalSolrCloud DIR --control}: prints {@code urls U,U}, then obeys lines on standard
 *       input: {@code create NAME SHARDS REPLICAS}, {@code stop NODE}, {@code quit} (also at end of
 *       input), answering {@code ok …} or {@code error …}: the tests and the benchmark.</li>
 * </ul>
 *
 * <p>With the system property {@code duidu.solr.sharedLib=DIR}, each node loads the jars of DIR
 * (solr.xml's {@code sharedLib}: the same class loader as a real install's {@code $SOLR_HOME/lib/}),
 * for running the cluster with {@code duidu-solr.jar} instead of duidu's classes on its class path.
 * The ZooKeeper address goes to {@code DIR/zkhost} (for {@code bin/solr zk …} commands).
 */
public final class LocalSolrCloud {
    private LocalSolrCloud() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        System.setProperty("solr.log.dir", dir.resolve("logs").toString());
        System.setProperty("jetty.testMode", "true");
        MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(2, dir.resolve("cluster"))
                .addConfig("duidu", Path.of("solr/configset/duidu/conf"));
        String sharedLib = System.getProperty("duidu.solr.sharedLib");
        if (sharedLib != null) {
            builder.withSolrXml(MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace("<solr>",
                    "<solr>\n  <str name=\"sharedLib\">" + Path.of(sharedLib).toAbsolutePath() + "</str>"));
        }
        MiniSolrCloudCluster cluster = builder.configure();
        Files.writeString(dir.resolve("zkhost"), cluster.getZkServer().getZkAddress() + "\n");
        if (args.length > 1 && args[1].equals("--control")) {
            control(cluster);
            return;
        }
        String collection = args.length > 1 ? args[1] : "duidu";
        create(cluster, collection, 2, 2);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.shutdown();
            } catch (Exception e) {
                System.err.println("solr-local: stopping the cluster: " + e);
            }
            stopped.countDown();
        }));
        Files.writeString(dir.resolve("urls"), urls(cluster) + "\n");
        System.out.println("SolrCloud ready: --solr " + urls(cluster) + " --collection " + collection);
        System.out.flush();
        stopped.await();
    }

    private static void control(MiniSolrCloudCluster cluster) throws Exception {
        try {
            System.out.println("urls " + urls(cluster));
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
                String[] words = line.trim().split("\\s+");
                try {
                    switch (words[0]) {
                        case "create" -> create(cluster, words[1], Integer.parseInt(words[2]), Integer.parseInt(words[3]));
                        case "stop" -> {
                            JettySolrRunner jetty = cluster.stopJettySolrRunner(Integer.parseInt(words[1]));
                            cluster.waitForJettyToStop(jetty);
                        }
                        default -> throw new IllegalArgumentException("unknown command " + words[0]);
                    }
                    System.out.println("ok " + urls(cluster));
                } catch (Exception e) {
                    System.out.println("error " + e.toString().replace('\n', ' '));
                }
                System.out.flush();
            }
        } finally {
            cluster.shutdown();
        }
    }

    private static void create(MiniSolrCloudCluster cluster, String collection, int shards, int replicas) throws Exception {
        CollectionAdminRequest.createCollection(collection, "duidu", shards, replicas).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, shards, shards * replicas);
    }

    private static String urls(MiniSolrCloudCluster cluster) {
        return cluster.getJettySolrRunners().stream().filter(JettySolrRunner::isRunning)
                .map(j -> j.getBaseUrl().toString()).collect(Collectors.joining(","));
    }
}
