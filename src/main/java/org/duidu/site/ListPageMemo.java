package org.duidu.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.duidu.render.SiteRenderer;

/**
 * The list pages' keys of the previous build (from its cache) and of this one: a list page whose
 * model is unchanged under the same templates, assets and configuration ({@code renderKey}) is kept
 * in the tree the generation inherited instead of being rendered again.
 */
final class ListPageMemo implements SiteRenderer.PageMemo {
    private final Map<String, String> previous;
    private final Map<String, String> now = new ConcurrentHashMap<>();
    private final String renderKey;
    private final TrackedTree tree;

    ListPageMemo(Map<String, String> previous, String renderKey, TrackedTree tree) {
        this.previous = previous;
        this.renderKey = renderKey;
        this.tree = tree;
    }

    @Override
    public boolean unchanged(String path, String modelKey) {
        String key = BuildCache.hash(List.of(renderKey.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                modelKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        now.put(path, key);
        if (key.equals(previous.get(path)) && tree.has(path)) {
            tree.keep(List.of(path));
            return true;
        }
        return false;
    }

    /**
     * Keeps every page the previous build's keys name but {@code except}, when the caller knows that
     * nothing they show changed; false, keeping nothing for sure, when one of them is gone from the
     * tree: the pages are then rendered (and kept one by one where their keys still match).
     */
    boolean keepAllBut(java.util.Collection<String> except) {
        List<String> kept = previous.keySet().stream().filter(p -> !except.contains(p)).toList();
        if (kept.isEmpty() || !kept.stream().allMatch(tree::has)) {
            return false;
        }
        tree.keep(kept);
        kept.forEach(p -> now.putIfAbsent(p, previous.get(p)));
        return true;
    }

    /** This build's keys, by path, for the cache. */
    Map<String, String> keys() {
        return new TreeMap<>(now);
    }
}
