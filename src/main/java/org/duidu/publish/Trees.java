package org.duidu.publish;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Whole-directory operations that never follow a symbolic link out of the tree. */
public final class Trees {
    private Trees() {
    }

    /** Recursively deletes {@code dir} (a symbolic link is deleted, never its target); no error if absent. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Makes {@code to} a copy of the tree {@code from} whose files are hard links to {@code from}'s
     * (so a copy costs one directory entry per file). Where the filesystem refuses a hard link, the
     * file is copied instead.
     *
     * @return whether every file could be hard-linked
     */
    static boolean linkCopy(Path from, Path to, FileOps ops) throws IOException {
        boolean[] linked = {true};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                if (attrs.isRegularFile() && linked[0]) {
                    try {
                        ops.hardLink(target, file);
                        return FileVisitResult.CONTINUE;
                    } catch (UnsupportedOperationException | FileSystemException e) {
                        // EXDEV, EPERM, EMLINK or no links at all: copy this file and the rest
                        linked[0] = false;
                        Files.deleteIfExists(target);
                    }
                }
                Files.copy(file, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        return linked[0];
    }

    /** Replaces {@code file} by one holding {@code lines} (UTF-8): a new file renamed over it, never written through. */
    static void writeLines(Path file, Iterable<String> lines) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + DirectoryTree.TEMP_SUFFIX);
        Files.write(temp, lines, java.nio.charset.StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Makes a directory's entries durable (after a rename in it); a no-op where directories cannot be synced. */
    static void fsyncDirectory(Path dir) {
        try (var channel = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows and some filesystems cannot open or sync a directory; the rename itself is still atomic
        }
    }
}
