package org.duidu.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The generation published before the current one, kept as the next build's starting point (two
 * generations taking turns, like blue-green deployment). A build brings it up to the current
 * generation by replaying the site paths the current one changed and mirroring the small index and
 * cache directories, then builds on it and publishes it: a build that changed one interview costs
 * that interview's files, not one hard link for every file of the site.
 *
 * <p>Each published generation records, next to its site, index and cache:
 * <pre>
 * state     the id of the published content it holds; removed before a build changes it, so a
 *           generation a killed build was changing is never taken for a published one
 * base      the state it was built from
 * changes   the site paths it wrote or deleted since then, one a line
 * </pre>
 */
final class Spare {
    static final String STATE = "state";
    static final String BASE = "base";
    static final String CHANGES = "changes";
    private static final List<String> MIRRORED = List.of("index", "cache");

    private Spare() {
    }

    /** The published state a generation holds, or null (none recorded, or a build was changing it). */
    static String state(Path generation) throws IOException {
        return readLine(generation.resolve(STATE));
    }

    /**
     * The generation (other than {@code current}) whose content is the state {@code current} was built
     * from, when {@code current} recorded what it changed since; null otherwise.
     */
    static Path find(Path generations, Path current) throws IOException {
        String base = readLine(current.resolve(BASE));
        if (base == null || !Files.isRegularFile(current.resolve(CHANGES), LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(generations)) {
            for (Path g : entries.toList()) {
                if (!g.equals(current) && Files.isDirectory(g, LinkOption.NOFOLLOW_LINKS) && base.equals(state(g))) {
                    return g;
                }
            }
        }
        return null;
    }

    /**
     * Makes {@code spare}'s site, index and cache equal to {@code current}'s: hard links (copies where
     * links fail) of what {@code current} changed ({@code changes}, as {@link #changes} read them),
     * deletions of what it removed.
     *
     * @return whether every file could be hard-linked
     * @throws IOException when the spare cannot be brought up (the caller discards it)
     */
    static boolean catchUp(Path spare, Path current, List<String> changes, FileOps ops) throws IOException {
        // from here on the spare is no published state: a build killed now leaves it for removal
        Files.delete(spare.resolve(STATE));
        Trees.fsyncDirectory(spare);
        Files.deleteIfExists(spare.resolve(BASE));
        boolean linked = true;
        Path from = current.resolve("site");
        Path to = spare.resolve("site");
        for (String path : changes) {
            linked &= sync(from, to, path, ops);
        }
        Files.deleteIfExists(spare.resolve(CHANGES));
        for (String part : MIRRORED) {
            linked &= mirror(current.resolve(part), spare.resolve(part), ops);
        }
        return linked;
    }

    /** The site paths {@code generation} recorded as changed since the state it was built from (none when it recorded none). */
    static List<String> changes(Path generation) throws IOException {
        Path file = generation.resolve(CHANGES);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
    }

    /**
     * Below this many changes a spare is always brought up to date: that costs a link and a rename per
     * change (about 0.2 ms each on this project's machine, mostly the disk's wait for the replaced file
     * to be freed), a fresh copy of the current generation a link per site file.
     */
    static final int ALWAYS_CAUGHT_UP_BELOW = 1024;

    /**
     * Whether a current generation that changed {@code changes} of {@code files} site files (-1: unknown)
     * rewrote most of the site (a template, a setting, Duidu itself changed): bringing the spare up to
     * date would replace nearly every file (3.6 s for the 16,000 changed files of a 1,000-interview
     * site, against 0.5 s for a fresh copy of the current one).
     */
    static boolean notWorthCatchingUp(int changes, int files) {
        return files > 0 && changes >= ALWAYS_CAUGHT_UP_BELOW && changes * 2L > files;
    }

    /** Records, in a generation about to be published, the state it is, what it was built from and what it changed. */
    static void record(Path generation, String base, Collection<String> changes, String state) throws IOException {
        if (base != null) {
            Trees.writeLines(generation.resolve(BASE), List.of(base));
        } else {
            Files.deleteIfExists(generation.resolve(BASE));
        }
        Trees.writeLines(generation.resolve(CHANGES), changes.stream().sorted().toList());
        Trees.writeLines(generation.resolve(STATE), List.of(state)); // last: a generation is a state only once the rest is written
    }

    /** Makes {@code to/path} what {@code from/path} is: the same file, or absent. */
    private static boolean sync(Path from, Path to, String path, FileOps ops) throws IOException {
        Path source = from.resolve(path).normalize();
        Path target = to.resolve(path).normalize();
        if (!source.startsWith(from) || !target.startsWith(to)) {
            throw new IOException("a recorded change leaves the site: " + path);
        }
        if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            return replace(source, target, ops);
        }
        if (Files.deleteIfExists(target)) {
            pruneEmpty(target.getParent(), to);
        }
        return true;
    }

    /** Makes the tree {@code to} hold exactly {@code from}'s files (a file already the same is left alone). */
    private static boolean mirror(Path from, Path to, FileOps ops) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            Trees.delete(to);
            Files.createDirectories(to);
            return true;
        }
        boolean[] linked = {true};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    linked[0] &= replace(file, to.resolve(from.relativize(file).toString()), ops);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        List<Path> extra = new ArrayList<>();
        Files.walkFileTree(to, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!Files.exists(from.resolve(to.relativize(file).toString()), LinkOption.NOFOLLOW_LINKS)) {
                    extra.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                if (!dir.equals(to) && !Files.isDirectory(from.resolve(to.relativize(dir).toString()), LinkOption.NOFOLLOW_LINKS)) {
                    extra.add(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path p : extra) {
            Trees.delete(p);
        }
        return linked[0];
    }

    /**
     * Puts a hard link to {@code source} (a copy where links fail) at {@code target}, by renaming a
     * new entry over it: the old file may be shared with another generation and is never written through.
     */
    private static boolean replace(Path source, Path target, FileOps ops) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && sameFile(source, target)) {
            return true;
        }
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".spare" + DirectoryTree.TEMP_SUFFIX);
        Files.deleteIfExists(temp);
        boolean linked = true;
        try {
            ops.hardLink(temp, source);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.deleteIfExists(temp);
            Files.copy(source, temp, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
            linked = false;
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return linked;
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        Object ka = Files.readAttributes(a, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        Object kb = Files.readAttributes(b, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        return ka != null && Objects.equals(ka, kb);
    }

    /** Removes directories left empty by a deletion, up to (not including) {@code root}. */
    private static void pruneEmpty(Path dir, Path root) throws IOException {
        for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            try (Stream<Path> entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }

    private static String readLine(Path file) throws IOException {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() || lines.get(0).isBlank() ? null : lines.get(0).trim();
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
