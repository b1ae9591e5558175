package org.duidu.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A build's output staged next to its final place, then published by renaming directories, so a
 * failed or killed build leaves the previous output untouched.
 *
 * <p>Layout: {@code OUT/.staging-<id>/{site,index}} while building. {@link #publish()} renames the
 * previous {@code OUT/site} and {@code OUT/index} aside, renames the staged ones into place, then
 * deletes the old ones. Each rename is atomic on one filesystem; between the two renames a reader
 * may see a new site with the old index for an instant, never a half-written directory.
 */
public final class StagedDirectory implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final DirectoryTree site;

    private StagedDirectory(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
        this.site = new DirectoryTree(staging.resolve("site"));
    }

    /** Creates a fresh staging directory under {@code out}. */
    public static StagedDirectory create(Path out) throws IOException {
        Files.createDirectories(out);
        Path staging = Files.createTempDirectory(out, ".staging-");
        Files.createDirectories(staging.resolve("site"));
        Files.createDirectories(staging.resolve("index"));
        return new StagedDirectory(out, staging);
    }

    /** The tree the site is written into. */
    public OutputTree site() {
        return site;
    }

    /** The staged site directory (for stages that need a real path). */
    public Path siteDir() {
        return staging.resolve("site");
    }

    /** The directory the Lucene index is written into. */
    public Path indexDir() {
        return staging.resolve("index");
    }

    /** Moves the staged {@code site/} and {@code index/} into place. */
    public void publish() throws IOException {
        Path old = staging.resolve("old");
        Files.createDirectories(old);
        for (String name : new String[] {"site", "index"}) {
            Path target = out.resolve(name);
            if (Files.exists(target)) {
                move(target, old.resolve(name));
            }
            move(staging.resolve(name), target);
        }
    }

    /** Deletes the staging directory (and, after publishing, the previous output). */
    @Override
    public void close() throws IOException {
        // after publish() the staging directory holds only the previous output under old/
        deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Recursively deletes a directory, if it exists. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** An {@link OutputTree} writing under a directory. */
    static final class DirectoryTree implements OutputTree {
        private final Path root;

        DirectoryTree(Path root) {
            this.root = root;
        }

        @Override
        public void write(String path, byte[] content) throws IOException {
            Path file = resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        }

        @Override
        public OutputStream open(String path) throws IOException {
            Path file = resolve(path);
            Files.createDirectories(file.getParent());
            return Files.newOutputStream(file);
        }

        @Override
        public void delete(String path) throws IOException {
            Files.deleteIfExists(resolve(path));
        }

        private Path resolve(String path) {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || path.startsWith("/")) {
                throw new IllegalArgumentException("output path escapes the site: " + path);
            }
            return file;
        }
    }
}
