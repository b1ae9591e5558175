package org.duidu.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.duidu.diag.Diagnostics;
import org.duidu.model.SourceSpan;

/**
 * Whether a file of a site project really lies inside it. A symbolic link in {@code seeds/},
 * {@code pages/}, {@code site-assets/} or {@code templates/} that points outside the site
 * ({@code ln -s /etc/passwd site-assets/passwd.txt}) must never be read and published.
 */
public final class SiteFiles {
    private SiteFiles() {
    }

    /**
     * Where {@code file} really leads when that is outside {@code siteDir} (following every link on
     * the way), or empty when it stays inside (or does not exist).
     */
    public static Optional<Path> escapes(Path siteDir, Path file) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            Path root = siteDir.toRealPath();
            Path real = file.toRealPath();
            return real.startsWith(root) ? Optional.empty() : Optional.of(real);
        } catch (IOException e) {
            return Optional.empty(); // unreadable: whoever reads it reports that, with the reason
        }
    }

    /** The site's directories whose files are published or run as templates ({@code seeds/} is checked by ingest). */
    private static final List<String> PUBLISHED = List.of("pages", "site-assets", "templates");

    /**
     * Reports every file or directory in {@code pages/}, {@code site-assets/} and {@code templates/}
     * that leads outside the site, as an error at that file; the build stops before reading any.
     */
    public static void reportEscapes(Path siteDir, Diagnostics diagnostics) {
        for (String dir : PUBLISHED) {
            Path root = siteDir.resolve(dir);
            if (!Files.exists(root)) {
                continue;
            }
            // Files.walk does not follow links, so each link is met once, as itself
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.toList()) {
                    Optional<Path> target = Files.isSymbolicLink(f) || f.equals(root) ? escapes(siteDir, f) : Optional.empty();
                    if (target.isPresent()) {
                        String name = siteDir.toAbsolutePath().normalize().relativize(f.toAbsolutePath().normalize()).toString()
                                .replace('\\', '/');
                        diagnostics.error("symlink-outside", SourceSpan.wholeFile(name), escapeMessage(target.get()));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                diagnostics.error("unreadable", SourceSpan.wholeFile(dir), "cannot list " + dir + "/: " + e.getMessage());
            }
        }
    }

    /** The diagnostic text for a file that leads outside the site. */
    public static String escapeMessage(Path target) {
        return "a symbolic link out of the site (to " + target + "); it is not read: copy the file into the site instead";
    }
}
