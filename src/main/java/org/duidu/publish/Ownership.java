package org.duidu.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which files of a generation's site Duidu wrote, kept with each generation as {@code site-files}
 * (one path a line): a build may delete only those, so a user's file in a directory duidu was let
 * into ({@code --force}, or an older duidu's output) survives every build. Thread-safe.
 */
final class Ownership {
    static final String FILE = "site-files";

    private final PathSet paths = new PathSet();
    /** A generation made before ownership was recorded: everything in it is Duidu's. */
    private final boolean everything;

    private Ownership(boolean everything) {
        this.everything = everything;
    }

    /** Nothing is Duidu's yet (a new output, or directories it adopted). */
    static Ownership none() {
        return new Ownership(false);
    }

    /** What the generation whose record is {@code record} says it wrote. */
    static Ownership read(Path record) throws IOException {
        try (Stream<String> lines = Files.lines(record, StandardCharsets.UTF_8)) {
            Ownership o = new Ownership(false);
            lines.filter(l -> !l.isEmpty()).forEach(o.paths::add);
            return o;
        } catch (NoSuchFileException e) {
            return new Ownership(true);
        }
    }

    /** The files recorded as Duidu's, or empty when everything in the tree is (no record was kept). */
    java.util.Optional<Set<String>> known() {
        return everything ? java.util.Optional.empty() : java.util.Optional.of(paths.toSet());
    }

    /** How many files are recorded as Duidu's; -1 when everything in the tree is. */
    int count() {
        return everything ? -1 : paths.size();
    }

    void add(String path) {
        paths.add(path);
    }

    /** Forgets {@code path}; whether Duidu wrote it (and may delete it). */
    boolean release(String path) {
        return paths.remove(path) || everything;
    }

    /** Writes the record of {@code site}: the files this build and earlier ones wrote. */
    void write(Path site, Path record) throws IOException {
        if (everything) {
            Set<String> sorted = new TreeSet<>();
            try (Stream<Path> files = Files.walk(site)) {
                files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace('\\', '/')).forEach(sorted::add);
            }
            Trees.writeLines(record, sorted);
        } else {
            Trees.writeLines(record, paths.sorted()); // a path deleted behind the tree's back is harmless: deleting it later finds nothing
        }
    }
}
