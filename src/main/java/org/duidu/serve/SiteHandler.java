package org.duidu.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.DateParser;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers every request of {@code duidu serve}: the Host check (DNS rebinding), 400 for malformed
 * targets, the live-reload endpoints, {@code /api/search}, and the built site's files with ETag,
 * Last-Modified, 304, gzip, HEAD and the site's own 404 page. HTML pages get the live-reload script
 * tag here, on the way out: it is never part of the built files.
 */
final class SiteHandler extends Handler.Abstract {
    /** What a strict deployment sends; serve sends it too, so a page that would break there breaks here. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"), Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("webmanifest",
                    "application/manifest+json; charset=utf-8"), Map.entry("atom", "application/atom+xml; charset=utf-8"));
    private static final String TEXT = "text/plain; charset=utf-8";
    /** The checksum of an HTML page as built (without the injected script), for live reload. */
    static final String PAGE_HEADER = "X-Duidu-Page";
    /** Below this, gzip saves less than its header costs. */
    private static final int GZIP_MIN = 256;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    private final Path siteLink;
    private final Set<String> extraHosts;
    private final boolean anyHost;
    private final LiveReload live;
    private final SearchEndpoint search;
    private final Map<String, byte[]> assets;
    private final PreviewPages previews;
    private final java.util.function.Consumer<org.eclipse.jetty.io.Connection> requestStarted;

    /**
     * @param siteLink   {@code OUT/site}: a directory or a link to the current generation, resolved per request
     * @param boundHost  the {@code --host} the user gave, or null: its name is accepted as Host too, and a
     *                   wildcard address ({@code 0.0.0.0}, {@code ::}) accepts any Host
     * @param requestStarted told of each connection whose request headers arrived (the header deadline)
     */
    SiteHandler(Path siteLink, String boundHost, LiveReload live, SearchEndpoint search,
                java.util.function.Consumer<org.eclipse.jetty.io.Connection> requestStarted) {
        this(siteLink, boundHost, live, search, requestStarted, new PreviewPages());
    }

    /** Like the other constructor, serving the pages of an edit that {@code previews} shows before the published ones. */
    SiteHandler(Path siteLink, String boundHost, LiveReload live, SearchEndpoint search,
                java.util.function.Consumer<org.eclipse.jetty.io.Connection> requestStarted, PreviewPages previews) {
        this.previews = previews;
        this.requestStarted = requestStarted;
        this.siteLink = siteLink;
        this.anyHost = boundHost != null && (boundHost.equals("0.0.0.0") || boundHost.equals("::") || boundHost.equals("[::]"));
        this.extraHosts = boundHost == null ? Set.of() : Set.of(hostName(boundHost));
        this.live = live;
        this.search = search;
        this.assets = Map.of("/__duidu/live.js", resource("live.js"), "/__duidu/live.css", resource("live.css"));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        requestStarted.accept(request.getConnectionMetaData().getConnection());
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Content-Security-Policy", CSP);
        HttpURI uri = request.getHttpURI();
        String host = Request.getServerName(request);
        if (!anyHost && !LOOPBACK.contains(hostName(host)) && !extraHosts.contains(hostName(host))) {
            return text(request, response, callback, 403, "serve answers only to localhost, 127.0.0.1 and [::1] "
                    + "(a page of another site may not read this one); start it with --host to serve other names\n");
        }
        String path = target(uri);
        if (path == null) {
            return text(request, response, callback, 400, "malformed request target\n");
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            return text(request, response, callback, 405, "method not allowed\n");
        }
        if (path.equals("/__duidu/events")) {
            live.subscribe(response, callback);
            return true;
        }
        byte[] asset = assets.get(path);
        if (asset != null) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            send(request, response, callback, 200, type(name), asset, 0, false);
        } else if (path.equals("/api/search")) {
            SearchEndpoint.Response r = search.handle(uri.getQuery());
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            send(request, response, callback, r.status(), TYPES.get("json"), r.body().getBytes(StandardCharsets.UTF_8), 0, false);
        } else {
            serveFile(request, response, callback, path, uri);
        }
        return true;
    }

    /**
     * The decoded path of a well-formed origin-form target, or null: a target that is not a path
     * ({@code mailto:x}, {@code *}), bad percent-encoding, a NUL or other control character, a
     * backslash, or a {@code .}/{@code ..} segment (raw or encoded) is refused rather than guessed at.
     */
    static String target(HttpURI uri) {
        String raw = uri.getPath();
        if (raw == null || !raw.startsWith("/") || uri.hasViolations()
                || (uri.getScheme() != null && !uri.getScheme().equals("http") && !uri.getScheme().equals("https"))) {
            return null;
        }
        String decoded;
        try {
            decoded = uri.getDecodedPath();
        } catch (RuntimeException e) {
            return null;
        }
        if (decoded == null || !decoded.startsWith("/")) {
            return null;
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '\uFFFD') {
                return null;
            }
        }
        for (String p : new String[] {raw, decoded}) {
            for (String segment : p.split("/", -1)) {
                if (segment.equals(".") || segment.equals("..") || segment.equalsIgnoreCase("%2e") || segment.equalsIgnoreCase("%2e%2e")) {
                    return null;
                }
            }
        }
        return decoded;
    }

    private void serveFile(Request request, Response response, Callback callback, String path, HttpURI uri) {
        // the build number first: a page read after it can only be as new as it or newer, so a page
        // never claims a build it does not show (and so never misses its reload)
        BuildState state = live.state();
        for (int attempt = 0; ; attempt++) {
            Path previewed = previews.get(path);
            if (previewed != null) {
                try {
                    sendFile(request, response, callback, 200, previewed, state);
                    return;
                } catch (IOException e) {
                    // the build published the site meanwhile and the preview is gone: serve the site
                }
            }
            Object generation = generation();
            try {
                Found found = find(path);
                if (found == null) {
                    if (generation == null) {
                        placeholder(request, response, callback, state);
                    } else if (attempt < 3 && !Objects.equals(generation, generation())) {
                        continue; // a rebuild swapped the site meanwhile: look again in the new one
                    } else {
                        notFound(request, response, callback, state);
                    }
                } else if (found.directory()) {
                    String query = uri.getQuery();
                    Response.sendRedirect(request, response, callback, 301, uri.getPath() + "/" + (query == null ? "" : "?" + query), true);
                } else {
                    sendFile(request, response, callback, 200, found.file(), state);
                }
                return;
            } catch (NoSuchFileException e) {
                if (attempt >= 3) {
                    notFound(request, response, callback, state);
                    return;
                } // else: the old generation was deleted while being read; read the new one
            } catch (IOException e) {
                text(request, response, callback, 500, "cannot read the file\n");
                return;
            }
        }
    }

    private record Found(Path file, boolean directory) {
    }

    /** The file a path names inside the current site (its real path contained in the real root), or null. */
    private Found find(String path) throws IOException {
        Path root = root();
        if (root == null) {
            return null;
        }
        Path candidate = root.resolve(path.substring(1));
        if (path.endsWith("/")) {
            candidate = candidate.resolve("index.html");
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!real.startsWith(root)) {
            return null; // a link out of the site: nothing outside it is served
        }
        if (Files.isDirectory(real)) {
            return new Found(real, true);
        }
        return Files.isRegularFile(real) ? new Found(real, false) : null;
    }

    /** The real path of the current site, waiting out the instant a publish swaps it; null before the first build. */
    private Path root() throws IOException {
        for (int i = 0; ; i++) {
            try {
                return siteLink.toRealPath();
            } catch (NoSuchFileException e) {
                if (i >= 20) {
                    return null;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    /** Identifies the site generation served now (its real directory), null when there is none. */
    private Object generation() {
        try {
            Path root = siteLink.toRealPath();
            Object key = Files.readAttributes(root, BasicFileAttributes.class).fileKey();
            return key == null ? root : key;
        } catch (IOException e) {
            return null;
        }
    }

    private void notFound(Request request, Response response, Callback callback, BuildState state) {
        try {
            Path root = root();
            Path page = root == null ? null : root.resolve("404.html");
            if (page != null && Files.isRegularFile(page)) {
                sendFile(request, response, callback, 404, page, state);
                return;
            }
        } catch (IOException e) {
            // fall through to the plain answer
        }
        text(request, response, callback, 404, "not found\n");
    }

    /** Before any build succeeded there is no site: every page shows why, and reloads when it builds. */
    private void placeholder(Request request, Response response, Callback callback, BuildState state) {
        String summary = state.failure() == null ? "The site is being built." : state.failure().path("summary").asText();
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>duidu serve: no site yet</title></head>"
                + "<body><h1>The site has not built yet</h1><p>" + escape(summary) + "</p>"
                + "<p>Fix the problems shown; this page reloads when the site builds.</p></body></html>\n";
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        send(request, response, callback, 503, TYPES.get("html"), inject(html.getBytes(StandardCharsets.UTF_8), state, response), 0, false);
    }

    private void sendFile(Request request, Response response, Callback callback, int status, Path file, BuildState state)
            throws IOException {
        String name = file.getFileName().toString();
        byte[] body = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        String type = type(name);
        if (type.startsWith("text/html")) {
            body = inject(body, state, response);
        }
        send(request, response, callback, status, type, body, modified, status == 200);
    }

    /**
     * Adds the live-reload script before {@code </head>}, with the state the page shows and a checksum
     * of the page as built, also sent as {@value #PAGE_HEADER}: after a rebuild an open page asks for
     * its own headers and reloads only when its page changed.
     */
    private static byte[] inject(byte[] html, BuildState state, Response response) {
        CRC32C crc = new CRC32C();
        crc.update(html);
        String checksum = Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(html.length);
        response.getHeaders().put(PAGE_HEADER, checksum);
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"/__duidu/live.js?build=" + state.build() + "&amp;page=" + checksum + "\" defer></script>";
        int head = page.indexOf("</head>");
        return (head < 0 ? page + tag : page.substring(0, head) + tag + page.substring(head)).getBytes(StandardCharsets.UTF_8);
    }

    private static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static boolean compressible(String type) {
        return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("javascript");
    }

    /**
     * Sends a body with its validators: the ETag is a checksum of exactly the bytes served (the
     * injected script included), so a 304 never hides a change; the gzip variant has its own.
     */
    private static void send(Request request, Response response, Callback callback, int status, String type, byte[] body,
                             long modified, boolean conditional) {
        var headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, type);
        if (!headers.contains(HttpHeader.CACHE_CONTROL)) {
            headers.put(HttpHeader.CACHE_CONTROL, "no-cache"); // keep, but ask every time: edits show at once
        }
        boolean gzip = compressible(type) && body.length >= GZIP_MIN && acceptsGzip(request);
        if (compressible(type)) {
            headers.put(HttpHeader.VARY, "Accept-Encoding");
        }
        CRC32C crc = new CRC32C();
        crc.update(body);
        String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + (gzip ? "-gz" : "") + "\"";
        if (conditional) {
            headers.put(HttpHeader.ETAG, etag);
            if (modified > 0) {
                headers.put(HttpHeader.LAST_MODIFIED, DateGenerator.formatDate(modified));
            }
            if (notModified(request, etag, modified)) {
                response.setStatus(304);
                callback.succeeded();
                return;
            }
        }
        if (gzip) {
            body = gzip(body);
            headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
        }
        response.setStatus(status);
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        if (request.getMethod().equals("HEAD")) {
            callback.succeeded();
        } else {
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }

    /** RFC 9110 §13.1: If-None-Match wins; If-Modified-Since counts only without it. */
    private static boolean notModified(Request request, String etag, long modified) {
        String match = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
        if (match != null) {
            for (String tag : match.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        String since = request.getHeaders().get(HttpHeader.IF_MODIFIED_SINCE);
        if (since == null || modified <= 0) {
            return false;
        }
        long date = DateParser.parseDate(since);
        return date > 0 && modified / 1000 <= date / 1000;
    }

    /** Whether Accept-Encoding allows gzip ({@code gzip}, {@code gzip;q=0.5}, {@code *}; not {@code q=0}). */
    static boolean acceptsGzip(Request request) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT_ENCODING);
        if (accept == null) {
            return false;
        }
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            String coding = bits[0].trim().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("*")) {
                for (int i = 1; i < bits.length; i++) {
                    String p = bits[i].trim().toLowerCase(Locale.ROOT);
                    if (p.startsWith("q=") && p.substring(2).trim().matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return out.toByteArray();
    }

    private static boolean text(Request request, Response response, Callback callback, int status, String message) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        send(request, response, callback, status, TEXT, message.getBytes(StandardCharsets.UTF_8), 0, false);
        return true;
    }

    /** The host part of a Host value or address, lower case, without brackets, port or final dot. */
    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h.substring(1) : h.substring(1, end);
        } else if (h.indexOf(':') == h.lastIndexOf(':') && h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':')); // name:port (an IPv6 literal has several colons)
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteHandler.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
