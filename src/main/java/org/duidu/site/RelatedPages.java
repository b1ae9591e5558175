package org.duidu.site;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duidu.render.InterviewSummary;
import org.duidu.render.SiteRenderer;

/**
 * Fills the related-interviews block of every reading page once the build knows every interview's
 * summary (the pages themselves are written one interview at a time, before that). A page rendered
 * by this build gets its block; a kept page gets it rewritten only when what it shows changed (its
 * key, stored in {@code cache/site/related.json}, differs from the previous build's), so an edit
 * that changes one interview's title rewrites the blocks that list it, and nothing is read again.
 */
final class RelatedPages {
    private static final String FILE = "site/related.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RelatedPages() {
    }

    /** Fills the blocks; returns how many pages were rewritten. */
    static int fill(SiteRenderer renderer, List<InterviewSummary> summaries, Path siteDir, Path cacheDir) throws IOException {
        Map<String, String> previous = load(cacheDir);
        Map<String, List<InterviewSummary>> related = SiteRenderer.related(summaries);
        Map<String, String> keys = SiteRenderer.relatedKeys(related);
        Map<String, String> saved = new TreeMap<>();
        int rewritten = 0;
        for (Map.Entry<String, List<InterviewSummary>> e : related.entrySet()) {
            String slug = e.getKey();
            String key = BuildCache.hash(List.of(keys.get(slug).getBytes(StandardCharsets.UTF_8)));
            if (renderer.rendered(slug) || !key.equals(previous.get(slug))) {
                rewritten += renderer.relateTo(slug, e.getValue(), path -> page(siteDir, path)).size();
            }
            saved.put(slug, key);
        }
        save(cacheDir, saved);
        return rewritten;
    }

    private static Path page(Path siteDir, String path) {
        Path file = siteDir.resolve(path);
        return Files.isRegularFile(file) ? file : null;
    }

    private static Map<String, String> load(Path cacheDir) {
        Path file = cacheDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() { });
        } catch (IOException | RuntimeException e) {
            return Map.of(); // unreadable: every block is written again
        }
    }

    /** A new file renamed over the old one, never written through a hard link of the previous generation. */
    private static void save(Path cacheDir, Map<String, String> keys) throws IOException {
        Path file = cacheDir.resolve(FILE);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".related-", ".tmp");
        try {
            JSON.writeValue(temp.toFile(), keys);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
