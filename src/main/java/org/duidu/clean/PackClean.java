package org.duidu.clean;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build-time tool (run by Maven after compiling, see {@code pom.xml}): packs the cleaner's character
 * frequencies and rare words ({@code char-frequency.tsv}, {@code rare-words.txt}) into the form
 * {@link CharFrequency} loads, so a cold start parses neither. The sources stay the committed files.
 */
public final class PackClean {
    private PackClean() {
    }

    /**
     * Writes {@code org/duidu/clean/frequency.bin} under a class-path directory.
     *
     * @param args the directory (Maven's {@code target/classes})
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]).resolve("org/duidu/clean"));
        try (OutputStream out = Files.newOutputStream(dir.resolve(CharFrequency.PACKED))) {
            CharFrequency.pack().writeTo(out);
        }
    }
}
