package org.duidu.search;

import org.duidu.publish.OutputTree;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** An output tree written straight into a directory, for tests that need real files. */
final class DiskTree implements OutputTree {
    private final Path root;

    DiskTree(Path root) {
        this.root = root;
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path target = root.resolve(path);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }

    @Override
    public OutputStream open(String path) throws IOException {
        Path target = root.resolve(path);
        Files.createDirectories(target.getParent());
        return Files.newOutputStream(target);
    }

    @Override
    public void delete(String path) throws IOException {
        Files.deleteIfExists(root.resolve(path));
    }
}
