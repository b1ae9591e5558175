package org.duidu.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Seeds' content keys remembered by the files' stat (size, modification time, file key) of the seed
 * and its sidecar, so a rebuild of a 10,000-interview site hashes the seeds that changed instead of
 * reading every seed again: between the builds of one process, and between processes through the
 * build cache, which keeps each seed's {@link #stamp} (as git's index keeps files' stat). As git's
 * index does, a file modified in the last {@link #SETTLED_NANOS} when it was hashed is not remembered:
 * a second write within the clock's resolution could leave its stat unchanged. Thread-safe.
 */
final class SeedKeys {
    /** How old a file's modification time must be before its stat alone is trusted. */
    static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(2);

    private record Stamp(String siteWide, String seed, String sidecar, String key) {
    }

    private final Map<Path, Stamp> stamps = new ConcurrentHashMap<>();

    /** The content key of {@code seed} ({@link InputKeys#seed}), from its stat when it is unchanged since it was hashed. */
    String key(String siteWide, Path siteDir, Path seed) {
        Path sidecar = InputKeys.sidecar(seed);
        long now = System.currentTimeMillis();
        String seedStat = stat(seed, now);
        String sidecarStat = stat(sidecar, now);
        Stamp known = stamps.get(canonical(seed));
        if (known != null && seedStat != null && sidecarStat != null && known.siteWide().equals(siteWide)
                && known.seed().equals(seedStat) && known.sidecar().equals(sidecarStat)) {
            return known.key();
        }
        String key = InputKeys.seed(siteWide, siteDir, seed);
        if (seedStat != null && sidecarStat != null) {
            stamps.put(canonical(seed), new Stamp(siteWide, seedStat, sidecarStat, key));
        } else {
            stamps.remove(canonical(seed));
        }
        return key;
    }

    /**
     * The stat under which {@code seed}'s key is remembered, for the build cache: empty when it is not
     * (the seed or its sidecar was too recent to be trusted), or when it was remembered for another
     * site-wide key or another content key.
     */
    java.util.Optional<String> stamp(Path seed, String siteWide, String key) {
        Stamp known = stamps.get(canonical(seed));
        if (known == null || !known.siteWide().equals(siteWide) || !known.key().equals(key)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(known.seed() + STAMP_SEPARATOR + known.sidecar());
    }

    /**
     * Remembers a key the build cache kept with its {@link #stamp}, unless this process knows the seed
     * already; a stamp not in that form is ignored (the seed is hashed).
     */
    void adopt(Path seed, String siteWide, String stamp, String key) {
        int at = stamp.indexOf(STAMP_SEPARATOR);
        if (at < 0 || stamp.indexOf(STAMP_SEPARATOR, at + 1) >= 0) {
            return;
        }
        stamps.putIfAbsent(canonical(seed), new Stamp(siteWide, stamp.substring(0, at), stamp.substring(at + 1), key));
    }

    /** One seed, however its path was spelt (discovered, or resolved from the cache's relative name). */
    private static Path canonical(Path seed) {
        return seed.toAbsolutePath().normalize();
    }

    /** Between the seed's stat and its sidecar's in a {@link #stamp}: a character no stat has. */
    private static final char STAMP_SEPARATOR = '|';

    /** The file's stat as a string ("absent" when it is not there); null when it is too recent (or unreadable) to be trusted. */
    private static String stat(Path file, long nowMillis) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (TimeUnit.MILLISECONDS.toNanos(nowMillis) - modified < SETTLED_NANOS || a.fileKey() == null) {
                return null;
            }
            return a.size() + " " + modified + " " + a.fileKey();
        } catch (java.nio.file.NoSuchFileException e) {
            return "absent";
        } catch (IOException e) {
            return null;
        }
    }
}
