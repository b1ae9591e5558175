package org.duidu.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Build-time tool (run by Maven after the jar is made, see {@code pom.xml}): the training run of
 * the class-data sharing archive {@code target/duidu.jsa} that the {@code ./duidu} launcher maps.
 * Run under {@code -XX:ArchiveClassesAtExit}, it builds a site and searches it in one JVM, so the
 * archive holds the classes of both commands and the first run after {@code mvn package} is as fast
 * as the later ones.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /**
     * Builds {@code args[0]} into a new directory under {@code args[1]} (a cold build: nothing cached),
     * searches the result, and removes the directory.
     *
     * @param args the site directory and a work directory
     * @throws IOException when the output directory cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        Path out = Files.createTempDirectory(Files.createDirectories(Path.of(args[1])), "cds-training-");
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int built = Main.run(new String[] {"build", "--site", args[0], "--out", out.toString()}, quiet, quiet);
        int searched = Main.run(new String[] {"search", "营商环境", "--index", out.resolve("index").toString()}, quiet, quiet);
        if (built != 0 || searched != 0) {
            // the archive is still made from what was loaded; say so, so a broken training run is seen
            System.err.println("duidu CDS training: build exited " + built + ", search exited " + searched);
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
