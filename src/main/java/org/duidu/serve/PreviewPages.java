package org.duidu.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The pages of an edit, served before the build that publishes them: serve renders an edited seed's
 * own pages first ({@code SiteBuilder.preview}, like Hugo's server rendering the changed pages first),
 * shows them at once, then builds the whole site; once that build is published they are dropped, and
 * the published files are served again. The files live in a temporary folder of their own, outside
 * the output. Shown and cleared by the thread that builds (cleared by any on failure); read by every request thread.
 */
final class PreviewPages {
    /** By URL path ({@code /zh-Hant/slug.html}). */
    private volatile Map<String, Path> pages = Map.of();
    private Path dir;

    /** Drops what is shown and gives an empty folder for the next preview's files. */
    synchronized Path fresh() throws IOException {
        clear();
        dir = Files.createTempDirectory("duidu-preview");
        return dir;
    }

    /** Serves these files (by site path, {@code zh-Hant/slug.html}) from now on. */
    synchronized void show(Map<String, Path> bySitePath) {
        Map<String, Path> byUrl = new HashMap<>();
        bySitePath.forEach((path, file) -> byUrl.put("/" + path, file));
        pages = Map.copyOf(byUrl);
    }

    /** The file shown for a URL path, or null: a request that finds it gone reads the published site. */
    Path get(String urlPath) {
        return pages.get(urlPath);
    }

    /** How many pages are shown. */
    int size() {
        return pages.size();
    }

    /** Stops serving them and deletes their files. */
    synchronized void clear() {
        pages = Map.of();
        if (dir == null) {
            return;
        }
        try {
            org.duidu.publish.Trees.delete(dir);
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clean; serving goes on
        }
        dir = null;
    }
}
