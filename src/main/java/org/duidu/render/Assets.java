package org.duidu.render;

import java.io.IOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duidu.publish.OutputTree;

/**
 * Copies assets into {@code assets/} under content-hashed names ({@code duidu.3f9a1c2b.css}) so they can
 * be cached forever, and tells templates the hashed path of each.
 */
final class Assets {
    private Assets() {
    }

    /**
     * Writes every asset of the theme (keeping those {@code memo} knows the previous build wrote with
     * the same bytes) and returns logical name → site-relative path.
     */
    static Map<String, String> publish(Theme theme, OutputTree out, SiteRenderer.PageMemo memo) throws IOException {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String name : theme.assetNames()) {
            byte[] bytes = theme.asset(name).orElseThrow(() -> new IOException("missing asset " + name));
            String path = name.equals("favicon.svg") ? name : "assets/" + fingerprinted(name, bytes);
            if (!memo.unchanged(path, "asset " + HexFormat.of().formatHex(sha256(bytes)))) {
                out.write(path, bytes);
            }
            paths.put(name, path);
        }
        return paths;
    }

    static String fingerprinted(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String hash = hash(bytes);
        return dot < 0 ? name + "." + hash : name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes), 0, 4);
    }

    private static byte[] sha256(byte[] bytes) {
        return ModelKey.sha256().digest(bytes);
    }
}
