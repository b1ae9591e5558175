package org.duidu.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a build writes its files, by site-relative path with forward slashes ({@code zh-Hans/index.html}).
 * Implementations stage files on disk or keep them in memory; nothing written here is visible to
 * readers until the build is published.
 *
 * <p>A tree on disk may start as hard links of the previous, published generation: {@link #write}
 * and {@link #open} therefore always replace a file by a new one (a temporary file renamed over it),
 * never writing through an existing file, which would change the published generation too.
 *
 * <p>Implementations are safe for several threads at once: a build's workers write their interviews'
 * pages, and the static search index its shard groups, in parallel.
 */
public interface OutputTree {

    /** Writes (or replaces) a file. */
    void write(String path, byte[] content) throws IOException;

    /** Writes a UTF-8 text file. */
    default void writeText(String path, String content) throws IOException {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Opens a stream for a large file; closing it completes (or replaces) the file. */
    OutputStream open(String path) throws IOException;

    /** Deletes a file; no error when it does not exist. */
    void delete(String path) throws IOException;
}
