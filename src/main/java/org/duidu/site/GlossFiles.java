package org.duidu.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.duidu.aids.GlossShards;
import org.duidu.model.UrlScheme;

/** The site's one copy of the tap-to-gloss dictionary ({@link GlossShards}), as a build writes or keeps it. */
final class GlossFiles {
    private GlossFiles() {
    }

    /**
     * Writes the tap-to-gloss dictionary, the site's one copy of it, or keeps the previous build's: its
     * folder is named by its content's hash, so a file already there is the very same.
     */
    static void write(TrackedTree site) throws IOException {
        String version = GlossShards.version();
        List<String> kept = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < GlossShards.COUNT; k++) {
            String path = UrlScheme.glossShard(version, k);
            if (site.has(path)) {
                kept.add(path);
            } else {
                missing.add(k);
            }
        }
        site.keep(kept);
        if (!missing.isEmpty()) {
            GlossShards shards = GlossShards.read(); // only a build that writes them reads them
            for (int k : missing) {
                site.write(UrlScheme.glossShard(version, k), shards.shard(k));
            }
        }
    }
}
