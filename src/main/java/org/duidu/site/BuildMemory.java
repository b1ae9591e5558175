package org.duidu.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.duidu.render.SiteRenderer;

/**
 * What one process remembers of its last build of an output between builds ({@code duidu serve}'s
 * rebuilds): the theme with its parsed templates, the seeds' content keys (by stat, see {@link SeedKeys}), the pager keys ({@link PagerKeys}), and the build cache it wrote, so the next build does
 * not parse it again (at 1,000 interviews that was a fifth of a rebuild's CPU time). The cache is trusted only for the very file it was
 * written as: the next generation starts with a hard link of that file (same file key, size and
 * modification time); anything else, a build of another process in between for one, and the file is
 * read as usual. Not thread-safe (one per sequence of builds), but for {@link #lastCache}, which serve
 * reads while a build may run.
 */
public final class BuildMemory {
    private volatile String identity;
    /** Volatile: serve's preview of an edit reads it while a build may be running. */
    private volatile BuildCache cache;
    private final SiteRenderer.Themes themes = new SiteRenderer.Themes();
    private final SeedKeys seedKeys = new SeedKeys();
    private final PagerKeys pagerKeys = new PagerKeys();

    /** The keys of what pagers show of each neighbour, by summary. */
    PagerKeys pagerKeys() {
        return pagerKeys;
    }

    /** The seeds' content keys, by their files' stat. */
    SeedKeys seedKeys() {
        return seedKeys;
    }

    /** The theme kept between builds (its templates parsed once while they are unchanged). */
    SiteRenderer.Themes themes() {
        return themes;
    }

    /** The cache remembered for {@code file}, if {@code file} is still the one it was written as. */
    Optional<BuildCache> cacheFor(Path file) {
        if (cache == null) {
            return Optional.empty();
        }
        return identity(file).filter(identity::equals).map(i -> cache);
    }

    /**
     * The cache of the last build this process published, whatever has happened to its file since:
     * for a preview of an edit, which the build after it checks.
     */
    Optional<BuildCache> lastCache() {
        return Optional.ofNullable(cache);
    }

    /** Remembers the cache just written as {@code file}. */
    void remember(Path file, BuildCache written) {
        Optional<String> id = identity(file);
        identity = id.orElse(null);
        cache = id.isPresent() ? written : null;
    }

    /** Forgets everything (a build failed after writing its cache: that cache was never published). */
    void forget() {
        identity = null;
        cache = null;
    }

    private static Optional<String> identity(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = a.fileKey();
            return key == null ? Optional.empty() : Optional.of(key + " " + a.size() + " " + a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
