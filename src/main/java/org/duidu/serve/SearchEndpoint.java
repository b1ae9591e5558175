package org.duidu.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.duidu.diag.DuiduException;
import org.duidu.search.SearchRequest;
import org.duidu.search.Searcher;

/**
 * {@code GET /api/search?q=…&edition=zh-Hant&role=answer&interview=…&section=N&limit=N}: the same
 * query and JSON as {@code duidu search --json}. Bad parameters answer 400 with a JSON error.
 */
final class SearchEndpoint implements AutoCloseable {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final DevServer.SearchOpener opener;
    /** Queries share the searcher (it is thread-safe); a reopen waits for those in flight, then swaps it. */
    private final java.util.concurrent.locks.ReadWriteLock lock = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private org.duidu.search.ParagraphSearch searcher;

    SearchEndpoint(Path indexDir) {
        this(() -> Searcher.open(indexDir));
    }

    /** Answers from what {@code opener} opens (a Solr collection for {@code serve --solr}). */
    SearchEndpoint(DevServer.SearchOpener opener) {
        this.opener = opener;
    }

    /** A response: status and JSON body. */
    record Response(int status, String body) {
    }

    Response handle(String rawQuery) {
        SearchRequest request;
        try {
            request = SearchRequest.fromParameters(parse(rawQuery)); // the CLI's parsing rules, shared
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
        if (request.query().isBlank()) {
            return error(400, "missing parameter q");
        }
        lock.readLock().lock();
        try {
            org.duidu.search.ParagraphSearch current = searcher;
            if (current != null) {
                return new Response(200, current.search(request).toJson());
            }
        } catch (IOException | DuiduException e) {
            return error(503, "the search index is not available: " + e.getMessage());
        } finally {
            lock.readLock().unlock();
        }
        reopen(); // not open yet (the first build failed, or the index could not be read): try again
        lock.readLock().lock();
        try {
            if (searcher == null) {
                return error(503, "the search index is not available (the site has not built yet)");
            }
            return new Response(200, searcher.search(request).toJson());
        } catch (IOException | DuiduException e) {
            return error(503, "the search index is not available: " + e.getMessage());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Opens the rebuilt index at once (the next query does not pay for it, and none finds the index
     * directory missing); the previous one is closed.
     */
    void reopen() {
        lock.writeLock().lock();
        try {
            closeSearcher();
            try {
                searcher = opener.open();
            } catch (IOException | RuntimeException e) {
                searcher = null; // the next query tries again and answers 503 if it still cannot
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closeSearcher();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void closeSearcher() {
        if (searcher != null) {
            try {
                searcher.close();
            } catch (IOException ignored) {
                // the index directory was replaced by a rebuild; nothing to release beyond the handle
            }
            searcher = null;
        }
    }

    private static Response error(int status, String message) {
        return new Response(status, JSON.createObjectNode().put("error", message).toString());
    }

    private static Map<String, String> parse(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(key, value);
        }
        return out;
    }
}
