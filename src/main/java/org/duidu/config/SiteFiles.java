package org.duidu.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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

    /** The diagnostic text for a file that leads outside the site. */
    public static String escapeMessage(Path target) {
        return "a symbolic link out of the site (to " + target + "); it is not read: copy the file into the site instead";
    }
}
