package org.duidu.search.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real 2-node SolrCloud on loopback, in a JVM of its own: {@code solr/cluster} (Solr's
 * MiniSolrCloudCluster from Maven Central; Solr 9 runs on Jetty 10, which cannot share a class path
 * with serve's Jetty 12), with this project's {@code target/classes} on its class path as the
 * duidu-solr jar would be in a Solr node's lib directory. Driven through its control protocol
 * (see {@code org.duidu.solrcluster.LocalSolrCloud}). Used by {@code SolrCloudIT} and {@code SolrBenchmark}.
 */
final class LocalSolrCloud implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;
    private List<String> urls;

    private LocalSolrCloud(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /**
     * Builds {@code solr/cluster} (Maven), starts 2 nodes and ZooKeeper in a JVM with this heap
     * ({@code -Xmx}), and creates the collection; with {@code fromJar} the nodes load duidu from {@code target/duidu-solr.jar} (copied into
     * {@code dir/lib}, solr.xml's {@code sharedLib}: as a real install's {@code lib/}) instead of from
     * {@code target/classes}, which is then not on their class path.
     */
    static LocalSolrCloud start(Path dir, String collection, int shards, int replicas, String heap, boolean fromJar) throws Exception {
        Files.createDirectories(dir);
        Path classpath = dir.resolve("classpath");
        Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-f", "solr/cluster/pom.xml", "compile", "dependency:build-classpath",
                "-Dmdep.outputFile=" + classpath.toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(dir.resolve("mvn.log").toFile()).start();
        if (!mvn.waitFor(10, TimeUnit.MINUTES) || mvn.exitValue() != 0) {
            throw new IllegalStateException("cannot build solr/cluster: " + Files.readString(dir.resolve("mvn.log")));
        }
        List<String> ours = new ArrayList<>();
        String cp = "solr/cluster/target/classes:" + Files.readString(classpath).strip();
        if (fromJar) {
            Path jar = Path.of("target/duidu-solr.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: run 'mvn package' first (failsafe's integration tests run after it)");
            }
            Path lib = Files.createDirectories(dir.resolve("lib"));
            Files.copy(jar, lib.resolve(jar.getFileName()));
            ours.add("-Dduidu.solr.sharedLib=" + lib.toAbsolutePath());
        } else {
            cp = "target/classes:" + cp;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap, "-Dfile.encoding=UTF-8",
                "-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider"));
        command.addAll(ours);
        command.addAll(List.of("-cp", cp, "org.duidu.solrcluster.LocalSolrCloud", dir.resolve("solr").toString(), "--control"));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("cluster.log").toFile()).start();
        LocalSolrCloud cloud = new LocalSolrCloud(process);
        try {
            String first = cloud.answer("urls ");
            if (first == null || !first.startsWith("urls ")) {
                throw new IllegalStateException("the cluster did not start: " + first + " " + Files.readString(dir.resolve("cluster.log")));
            }
            cloud.urls = List.of(first.substring(5).split(","));
            cloud.command("create " + collection + " " + shards + " " + replicas);
            return cloud;
        } catch (Exception e) {
            cloud.close();
            throw e;
        }
    }

    /** Creates another collection from the configset. */
    void createCollection(String collection, int shards, int replicas) throws IOException {
        command("create " + collection + " " + shards + " " + replicas);
    }

    /** Stops node {@code index}; the collections' other replicas answer. */
    void stopNode(int index) throws IOException {
        command("stop " + index);
    }

    /** The running nodes' base URLs. */
    List<String> urls() {
        return urls;
    }

    private void command(String line) throws IOException {
        in.println(line);
        String answer = answer("ok ");
        if (answer == null || !answer.startsWith("ok ")) {
            throw new IllegalStateException("the cluster refused '" + line + "': " + answer);
        }
        urls = List.of(answer.substring(3).split(","));
    }

    /** The next line of the protocol (Solr's own logging may print other lines), or null at the end. */
    private String answer(String expected) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(expected) || line.startsWith("error ")) {
                return line;
            }
        }
        return null;
    }

    /** Stops every node and ZooKeeper, and the JVM. */
    @Override
    public void close() throws Exception {
        in.println("quit");
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }
}
