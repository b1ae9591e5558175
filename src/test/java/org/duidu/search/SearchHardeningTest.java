package org.duidu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.duidu.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: hostile queries and damaged indexes end in a message and exit 0 or 1, never an internal error. */
class SearchHardeningTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path index(Path temp) throws IOException {
        Path index = temp.resolve("index");
        SearchIndexer.write(List.of(SeedFixture.publication()), index, new MemoryTree());
        return index;
    }

    @Test
    void aQueryOfThousandsOfWordsCountsTheFirst64WithANote(@TempDir Path temp) throws IOException {
        // issue 9: more than 1,024 words exited 3 (Lucene's TooManyClauses)
        String query = "营商环境 " + String.join(" ", java.util.Collections.nCopies(2000, "环境"));
        Run r = run("search", query, "--index", index(temp).toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("only the first 64 words of the query count; 1937 more ignored");
        assertThat(r.out()).contains("\"total\"");
    }

    @Test
    void aFlippedBitInAnyIndexFileIsExit1WithRebuildAdviceOrStillAnswers(@TempDir Path temp) throws IOException {
        Path clean = index(temp);
        List<Path> files;
        try (Stream<Path> s = Files.list(clean)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("write.lock")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int failures = 0;
        for (Path file : files) {
            Path copy = temp.resolve("flipped-" + file.getFileName());
            Files.createDirectories(copy);
            for (Path f : files) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
            byte[] bytes = Files.readAllBytes(copy.resolve(file.getFileName()));
            bytes[bytes.length / 2] ^= 0x10;
            Files.write(copy.resolve(file.getFileName()), bytes);
            Run r = run("search", "营商环境", "--index", copy.toString());
            assertThat(r.exit()).as("%s: %s", file.getFileName(), r.err()).isIn(0, 1);
            assertThat(r.err()).doesNotContain("internal error", "\tat ");
            if (r.exit() == 1) {
                failures++;
                assertThat(r.err()).contains("rebuild with duidu build");
            }
        }
        assertThat(failures).as("Lucene's checksums catch some flipped bits").isPositive();
    }
}
