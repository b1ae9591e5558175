package org.duidu.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.duidu.publish.OutputTree;
import org.duidu.publish.PathSet;

/**
 * The generation's site tree, remembering what this build wrote or kept, so that what neither
 * happened to (pages of a removed seed, a renamed asset) can be swept from the tree the generation
 * inherited from the previous build.
 */
final class TrackedTree implements OutputTree {
    private final OutputTree tree;
    private final Path root;
    private final PathSet live = new PathSet();
    /** The files of the inherited tree that Duidu wrote, when known: sweeping then needs no walk of the tree. */
    private final java.util.Optional<Set<String>> inherited;

    TrackedTree(OutputTree tree, Path root, java.util.Optional<Set<String>> inherited) {
        this.tree = tree;
        this.root = root;
        this.inherited = inherited;
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        live.add(path);
        tree.write(path, content);
    }

    @Override
    public OutputStream open(String path) throws IOException {
        live.add(path);
        return tree.open(path);
    }

    @Override
    public void delete(String path) throws IOException {
        live.remove(path);
        tree.delete(path);
    }

    /** Whether the tree (as inherited, or as written since) holds a file. */
    boolean has(String path) {
        return Files.isRegularFile(root.resolve(path));
    }

    /** Marks files the previous build wrote and this one keeps unchanged. */
    void keep(List<String> paths) {
        live.addAll(paths);
    }

    /**
     * Deletes every file under the root that this build neither wrote nor kept.
     *
     * @return how many were deleted
     */
    int sweep() throws IOException {
        List<String> stale;
        if (inherited.isPresent()) {
            // only Duidu's own files may be deleted: those it did not write or keep this time are the stale ones
            stale = inherited.get().stream().filter(p -> !live.contains(p)).sorted().toList();
        } else {
            try (Stream<Path> files = Files.walk(root)) {
                stale = files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                        .filter(p -> !live.contains(p)).sorted().toList();
            }
        }
        for (String path : stale) {
            tree.delete(path);
        }
        return stale.size();
    }
}
