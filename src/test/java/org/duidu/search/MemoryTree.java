package org.duidu.search;

import org.duidu.publish.OutputTree;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * An output tree in memory, for tests: in path order, and safe for the static index's shard groups,
 * which write from two threads at once.
 */
final class MemoryTree implements OutputTree {
    final Map<String, byte[]> files = new ConcurrentSkipListMap<>();

    @Override
    public void write(String path, byte[] content) {
        files.put(path, content.clone());
    }

    @Override
    public OutputStream open(String path) {
        return new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
                super.close();
                files.put(path, toByteArray());
            }
        };
    }

    String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Override
    public void delete(String path) {
        files.remove(path);
    }
}
