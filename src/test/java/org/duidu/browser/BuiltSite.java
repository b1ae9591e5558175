package org.duidu.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.duidu.SeedFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.site.BuildResult;
import org.duidu.site.SiteBuilder;

/**
 * The repository's own reference site, built once per test JVM (every browser test reads the same
 * site) and served on 127.0.0.1 from an ephemeral port, the way a plain static host serves it, plus
 * a strict Content-Security-Policy header: if any page needed inline script or style, or a request
 * to another origin, Chromium would refuse it and log the violation, which the tests look for.
 */
final class BuiltSite {
    /** What a strict deployment sends; nothing but the site's own files may load. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** The slug of the seed interview. */
    static final String SLUG = "000_8e6aaae491def166";

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "json", "application/json; charset=utf-8");
    private static BuiltSite shared;
    private static BuiltSite archive;

    private final Path siteDir;
    private final HttpServer server;

    private BuiltSite(Path siteDir, HttpServer server) {
        this.siteDir = siteDir;
        this.server = server;
    }

    /** Keeps Freemarker from logging template lookups through the validator's logging library. */
    static void quietLogging() {
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    /**
     * The site, built and served on first use. With {@code -Dduidu.builtSite=DIR} the tests read a
     * site built beforehand instead (say by {@code java -jar target/duidu.jar build --out OUT}, with
     * DIR = OUT/site), so the browser tests can check what the command line really wrote.
     */
    static synchronized BuiltSite get() {
        String prebuilt = System.getProperty("duidu.builtSite", "");
        if (shared == null && !prebuilt.isEmpty()) {
            try {
                Path dir = Path.of(prebuilt).toRealPath();
                shared = new BuiltSite(dir, serve(dir));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (shared == null) {
            try {
                Path out = Files.createTempDirectory("duidu-browser-");
                shared = build(SeedFixture.siteDir(), out, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Builds a project into {@code out} and serves it; {@code temporary} goes when the JVM ends. */
    private static BuiltSite build(Path project, Path out, Path temporary) throws IOException {
        quietLogging();
        BuildResult result = SiteBuilder.build(ConfigLoader.load(project, out));
        BuiltSite built = new BuiltSite(result.siteDir(), serve(result.siteDir()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            built.server.stop(0);
            delete(temporary);
        }));
        return built;
    }

    /** The test archive of {@link org.duidu.ArchiveFixture} (45 interviews, seven per list page), built and served on first use. */
    static synchronized BuiltSite archive() {
        if (archive == null) {
            try {
                Path dir = Files.createTempDirectory("duidu-archive-");
                archive = build(org.duidu.ArchiveFixture.write(dir.resolve("project")), dir.resolve("out"), dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return archive;
    }

    /** The Lucene index of this site (OUT/index beside OUT/site). */
    Path index() {
        return siteDir.resolveSibling("index");
    }

    /** The built site's directory. */
    Path dir() {
        try {
            return siteDir.toRealPath(); // OUT/site is a link into the published generation
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The absolute URL of a page given by its path from the site root. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** Every HTML page of the site, as paths from the site root. */
    List<String> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(dir())) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> dir().relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private static HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                respond(root, exchange);
            }
        });
        server.start();
        return server;
    }

    private static void respond(Path root, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (path.endsWith("/")) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
