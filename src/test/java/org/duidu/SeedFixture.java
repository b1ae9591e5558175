package org.duidu;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The real seed interview, as committed in the repository's {@code seeds/} (origin:
 * {@code shared/seeds/000_8e6aaae491def166.txt}, the project's first real transcript).
 */
public final class SeedFixture {
    /** The seed's file name. */
    public static final String NAME = "000_8e6aaae491def166.txt";

    private SeedFixture() {
    }

    /** The repository root (the reference site project). */
    public static Path siteDir() {
        return Paths.get("").toAbsolutePath();
    }

    /** The seed file. */
    public static Path seed() {
        return siteDir().resolve("seeds").resolve(NAME);
    }
}
