package org.duidu.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Files of the search cache. The cache directory may be a hard-linked copy of the previous,
 * published generation, so a file is never written in place: a new file is written beside it and
 * renamed over it.
 */
final class CacheFiles {
    private CacheFiles() {
    }

    static void replace(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".tmp-", "");
        try {
            Files.write(temp, content);
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** What writes a file's content to a stream. */
    interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Like {@link #replace(Path, byte[])}, streaming: a large interview's record is never held as bytes. */
    static void replace(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".tmp-", "");
        try {
            try (java.io.OutputStream out = Buffered.output(Files.newOutputStream(temp), 64 * 1024)) {
                content.writeTo(out);
            }
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The first 8 bytes of the SHA-256 of a text. */
    static long hash(String text) {
        byte[] d = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
        return java.nio.ByteBuffer.wrap(d).getLong();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The end of the piece of {@code text} that starts at {@code start}: at most {@code piece}
     * characters, never splitting a surrogate pair, so the pieces' UTF-8 bytes are the whole text's.
     */
    static int pieceEnd(String text, int start, int piece) {
        int end = Math.min(text.length(), start + piece);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return end;
    }

    /** Feeds the UTF-8 bytes of {@code text} to {@code digest} a piece at a time (a long text is not copied whole). */
    static void digestUtf8(java.security.MessageDigest digest, String text) {
        for (int start = 0; start < text.length(); ) {
            int end = pieceEnd(text, start, 1 << 16);
            digest.update(text.substring(start, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            start = end;
        }
    }

    /** How many bytes {@code text} has in UTF-8, as {@link String#getBytes} encodes it (a lone surrogate as one '?'). */
    static int utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n += 1;
            } else {
                n += 3;
            }
        }
        return Math.toIntExact(n);
    }
}
