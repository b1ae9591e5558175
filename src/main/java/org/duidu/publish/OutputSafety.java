package org.duidu.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which directories a build may write into (issue 9): only ones Duidu made, empty or new ones, or
 * (with {@code --force}) a non-empty one the user names; never {@code /}, the home directory or one
 * of its parents, even with force.
 */
public final class OutputSafety {
    /** What an output made by Duidu before generations (real {@code site/} and {@code index/}) may hold. */
    private static final Set<String> OLD_LAYOUT = Set.of("site", "index", "conversion-report.txt");

    private OutputSafety() {
    }

    /**
     * Why {@code outDir} must not be written, or empty when it may.
     *
     * @param outDir the output directory (need not exist)
     * @param force  whether the user allows a non-empty directory Duidu did not make
     */
    public static Optional<String> refusal(Path outDir, boolean force) {
        Path out = outDir.toAbsolutePath().normalize();
        try {
            Path real = realPathOfExisting(out);
            if (real.getParent() == null) {
                return Optional.of("refusing to write the site into the root directory " + out + "; choose a directory of its own");
            }
            Path home = realPathOfExisting(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize());
            if (home.startsWith(real)) {
                return Optional.of("refusing to write the site into " + out + (home.equals(real) ? ", the home directory" : ", which holds the home directory")
                        + "; choose a directory of its own");
            }
            if (!Files.exists(out)) {
                return Optional.empty();
            }
            if (!Files.isDirectory(out)) {
                return Optional.of(out + " is a file, not a directory");
            }
            for (String name : List.of("site", "index")) {
                Path p = out.resolve(name);
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
                    return Optional.of(p + " is a file duidu did not make; move it away (duidu writes " + name + "/ there)");
                }
            }
            OptionalInt format = OutputMarker.read(out);
            if (format.isPresent() && format.getAsInt() == OutputMarker.FORMAT) {
                return Optional.empty();
            }
            if (format.isPresent() && !force) {
                return Optional.of(out.resolve(OutputMarker.NAME) + (format.getAsInt() < 0 ? " is not a duidu marker" : " says format "
                        + format.getAsInt() + ", which this duidu does not know (made by a newer one?)") + "; pass --force to build there anyway");
            }
            if (force || isEmpty(out) || isOldLayout(out)) {
                return Optional.empty();
            }
            return Optional.of(out + " is not empty and duidu did not make it (it has no " + OutputMarker.NAME
                    + "); choose a new or empty directory, or pass --force to add site/, index/ and .generations/ there"
                    + " (files already in it are kept)");
        } catch (IOException e) {
            return Optional.of("cannot inspect " + out + ": " + e.getMessage());
        }
    }

    /** The real path of {@code p}'s nearest existing ancestor, with the rest appended. */
    private static Path realPathOfExisting(Path p) throws IOException {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        return existing.toRealPath().resolve(existing.relativize(p).toString()).normalize();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** An output an older Duidu made: only site/, index/ (a Lucene index), its report and staging leftovers. */
    private static boolean isOldLayout(Path out) throws IOException {
        Path index = out.resolve("index");
        if (!Files.isDirectory(out.resolve("site"), LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(index, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(out); Stream<Path> indexFiles = Files.list(index)) {
            boolean onlyOurs = entries.map(p -> p.getFileName().toString())
                    .allMatch(n -> OLD_LAYOUT.contains(n) || n.startsWith(".staging-"));
            return onlyOurs && indexFiles.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        }
    }
}
