package org.duidu.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Seeds' content keys remembered between the builds of one process by the files' stat (size,
 * modification time, file key) of the seed and its sidecar, so a rebuild of a 10,000-interview site
 * hashes the seeds that changed instead of reading every seed again. As git's index does, a file
 * modified in the last {@link #SETTLED_NANOS} when it was hashed is not remembered: a second write
 * within the clock's resolution could leave its stat unchanged. Thread-safe.
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
        Stamp known = stamps.get(seed);
        if (known != null && seedStat != null && sidecarStat != null && known.siteWide().equals(siteWide)
                && known.seed().equals(seedStat) && known.sidecar().equals(sidecarStat)) {
            return known.key();
        }
        String key = InputKeys.seed(siteWide, siteDir, seed);
        if (seedStat != null && sidecarStat != null) {
            stamps.put(seed, new Stamp(siteWide, seedStat, sidecarStat, key));
        } else {
            stamps.remove(seed);
        }
        return key;
    }

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
