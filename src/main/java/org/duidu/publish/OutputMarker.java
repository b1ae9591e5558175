package org.duidu.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalInt;

/**
 * {@code OUT/.duidu-output}: says Duidu made this directory, and in which layout. Duidu writes only
 * into directories holding it (or empty ones, or ones the user passes with {@code --force}).
 */
final class OutputMarker {
    static final String NAME = ".duidu-output";
    /** The layout this code writes: 1 = generations under {@code .generations/}. */
    static final int FORMAT = 1;
    private static final String HEADER = "duidu-output ";

    private OutputMarker() {
    }

    /** The marker's format, or empty when there is none; -1 when the file is not a Duidu marker. */
    static OptionalInt read(Path out) throws IOException {
        String text;
        try {
            text = Files.readString(out.resolve(NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return OptionalInt.empty();
        } catch (java.nio.charset.MalformedInputException e) {
            return OptionalInt.of(-1);
        }
        String first = text.lines().findFirst().orElse("");
        if (!first.startsWith(HEADER)) {
            return OptionalInt.of(-1);
        }
        try {
            return OptionalInt.of(Integer.parseInt(first.substring(HEADER.length()).strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.of(-1);
        }
    }

    /**
     * Writes the marker (atomically: a half-written marker would be unreadable) unless it exists.
     *
     * @return whether it was written now (duidu takes the directory over)
     */
    static boolean ensure(Path out) throws IOException {
        if (read(out).isPresent()) {
            return false;
        }
        Path temp = out.resolve(NAME + "." + ProcessHandle.current().pid() + DirectoryTree.TEMP_SUFFIX);
        Files.writeString(temp, HEADER + FORMAT + "\n"
                + "# Made by duidu build. site and index link into current, which links to one of .generations/:\n"
                + "# duidu replaces and removes generations; keep this file, it tells duidu the directory is its own.\n", StandardCharsets.UTF_8);
        Files.move(temp, out.resolve(NAME), StandardCopyOption.ATOMIC_MOVE);
        Trees.fsyncDirectory(out);
        return true;
    }
}
