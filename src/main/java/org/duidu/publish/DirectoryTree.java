package org.duidu.publish;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An {@link OutputTree} writing under a directory. A file the tree does not hold yet is created in
 * place; any other write goes to a temporary file next to its target and is renamed over it: the
 * target may be a hard link shared with the published generation, which must never change. (The
 * tree is a generation no reader sees before it is published, so a file created in place and cut
 * short by a kill is removed with its generation, as a temporary file would be.)
 */
final class DirectoryTree implements OutputTree {
    /** Temporary files end so; a killed build's are removed with its generation. */
    static final String TEMP_SUFFIX = ".duidu-tmp";

    private final Path root;
    private final Ownership owned;
    private final AtomicLong counter = new AtomicLong();
    private final String prefix = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
    /** Every path written or deleted: what the next build replays onto the spare generation. */
    private final PathSet changed = new PathSet();

    DirectoryTree(Path root, Ownership owned) {
        this.root = root;
        this.owned = owned;
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path file = resolve(path);
        String key = key(path, file);
        owned.add(key);
        changed.add(key);
        OutputStream fresh = createNew(file);
        if (fresh != null) {
            try (OutputStream out = fresh) {
                out.write(content);
            }
            return;
        }
        Path temp = temp(file);
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            replace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public OutputStream open(String path) throws IOException {
        Path file = resolve(path);
        String key = key(path, file);
        owned.add(key);
        changed.add(key);
        OutputStream fresh = createNew(file);
        if (fresh != null) {
            return fresh;
        }
        Path temp = temp(file);
        OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new FilterOutputStream(stream) {
            private boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    super.close();
                    replace(temp, file);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        };
    }

    /** Deletes a file Duidu wrote (in this build or an earlier one); a file it never wrote (the user's) is kept. */
    @Override
    public void delete(String path) throws IOException {
        Path file = resolve(path);
        if (owned.release(key(file))) {
            changed.add(key(file));
            Files.deleteIfExists(file);
        }
    }

    /** The paths written or deleted so far. */
    java.util.Set<String> changed() {
        return changed.toSet();
    }

    /**
     * The key of {@code file}, resolved from {@code path}: {@code path} itself when it is the key
     * already (a site's 860,000 paths at 100,000 interviews are held by the sets of the tree, the
     * build and its cache: one String each, not one per set).
     */
    private String key(String path, Path file) {
        String key = key(file);
        return key.equals(path) ? path : key;
    }

    private String key(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The file created (with its directories), or null when it exists: a cold build's 16,000 pages cost
     * one open each instead of a directory check, a temporary file and a rename.
     */
    private static OutputStream createNew(Path file) throws IOException {
        try {
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return null;
        } catch (java.nio.file.NoSuchFileException e) {
            Files.createDirectories(file.getParent());
            try {
                return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                return null;
            }
        }
    }

    private Path temp(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return file.resolveSibling("." + file.getFileName() + "." + prefix + "-" + counter.incrementAndGet() + TEMP_SUFFIX);
    }

    private static void replace(Path temp, Path file) throws IOException {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path resolve(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root) || path.startsWith("/")) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        return file;
    }
}
