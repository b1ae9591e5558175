package org.duidu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark input: Traditional text (the seed's reviewed zh-Hant edition and the hand-written hard
 * sentences) repeated to at least 10 MB of UTF-8. {@code main(FILE)} writes it out for the opencc CLI.
 */
public final class Sample {
    static final int MIN_BYTES = 10 * 1024 * 1024;

    private Sample() {
    }

    static String text() {
        try (InputStream in = Sample.class.getResourceAsStream("/sample-hant.txt")) {
            String unit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
            return unit.repeat(MIN_BYTES / unitBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double megabytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
    }

    public static void main(String[] args) throws IOException {
        String text = text();
        Files.writeString(Path.of(args[0]), text, StandardCharsets.UTF_8);
        System.out.printf("wrote %s: %.2f MB, %d characters%n", args[0], megabytes(text), text.length());
    }
}
