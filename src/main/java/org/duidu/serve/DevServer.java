package org.duidu.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.duidu.diag.DuiduException;
import org.duidu.config.ConfigLoader;
import org.duidu.config.SiteConfig;
import org.duidu.site.BuildResult;
import org.duidu.site.ConverterCache;
import org.duidu.site.SiteBuilder;

/**
 * {@code duidu serve}: builds the site, serves {@code OUT/site} over HTTP on loopback, rebuilds on
 * change and reloads open pages. A failed rebuild keeps the last good site online and shows the
 * error in the terminal and on the open pages.
 */
public final class DevServer implements AutoCloseable {
    private static final String LIVE_SCRIPT = "<script src=\"/__duidu/live.js\" defer></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final SiteConfig config;
    private final HttpServer http;
    private final ExecutorService executor;
    private final LiveReload live = new LiveReload();
    private final PrintWriter log;
    private final SearchEndpoint search;
    private final ConverterCache converters;
    private SourceWatcher watcher;
    private boolean closed;

    private DevServer(SiteConfig config, HttpServer http, ExecutorService executor, PrintWriter log, ConverterCache converters,
                      SearchOpener remoteSearch) {
        this.config = config;
        this.http = http;
        this.executor = executor;
        this.log = log;
        this.converters = converters;
        this.search = remoteSearch == null ? new SearchEndpoint(config.outDir().resolve("index")) : new SearchEndpoint(remoteSearch);
    }

    /**
     * Builds the site and starts serving it.
     *
     * @param config the site
     * @param host   the address to bind (127.0.0.1 unless the user asks otherwise)
     * @param port   the port, 0 for any free one
     * @param log    where build summaries and errors go
     * @throws DuiduException when the first build fails (there is nothing to serve)
     */
    public static DevServer start(SiteConfig config, String host, int port, PrintWriter log) throws IOException {
        return start(config, host, port, log, null);
    }

    /**
     * Like {@link #start(SiteConfig, String, int, PrintWriter)}, with {@code /api/search} answered by
     * what {@code remoteSearch} opens (a Solr collection) instead of the built index; null for the index.
     */
    public static DevServer start(SiteConfig config, String host, int port, PrintWriter log,
                                  SearchOpener remoteSearch) throws IOException {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), 64); // bind first: fail fast on a busy port
        } catch (java.net.BindException e) {
            throw new DuiduException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (is another server running? choose one with --port)");
        }
        ConverterCache converters = new ConverterCache();
        BuildResult first;
        try {
            first = SiteBuilder.build(config, converters);
        } catch (RuntimeException e) {
            http.stop(0);
            throw e;
        }
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "duidu-serve");
            t.setDaemon(true);
            return t;
        });
        DevServer server = new DevServer(config, http, executor, log, converters, remoteSearch);
        server.summarise(first);
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        server.watcher = SourceWatcher.start(config.siteDir(), server::rebuild);
        return server;
    }

    /** Opens what answers {@code /api/search} instead of the built index (a Solr collection for {@code serve --solr}). */
    @FunctionalInterface
    public interface SearchOpener {
        /** Opens it; called again after each rebuild. */
        org.duidu.search.ParagraphSearch open() throws IOException;
    }

    /** The port served on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address to open. */
    public URI url() {
        return URI.create("http://" + http.getAddress().getHostString() + ":" + port() + "/");
    }

    /** Rebuilds now (the watcher calls this on change); one build at a time, as they share OUT. */
    synchronized void rebuild() {
        if (closed) {
            return; // a change noticed while shutting down
        }
        try {
            // duidu.yaml and glossary.yaml are sources too: read them again; the dictionaries stay loaded
            // unless the settings they depend on changed
            SiteConfig current = ConfigLoader.load(config.siteDir(), config.outDir()).withStrict(config.strict());
            BuildResult result = SiteBuilder.build(current, converters);
            search.reopen();
            summarise(result);
            live.reload();
        } catch (DuiduException e) {
            StringBuilder message = new StringBuilder();
            e.diagnostics().forEach(d -> message.append(d.format()).append('\n'));
            message.append(e.getMessage());
            log.println(message);
            log.flush();
            live.failure(message.toString());
        }
    }

    private void summarise(BuildResult result) {
        result.diagnostics().forEach(d -> log.println(d.format()));
        log.printf("Built %d interview(s), %d files in %d ms%n", result.seeds().size(), result.pages(), result.totalMillis());
        log.flush();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/__duidu/events")) {
                live.subscribe(exchange);
                return; // the stream stays open; LiveReload writes to it
            } else if (path.equals("/__duidu/live.js")) {
                try (InputStream in = DevServer.class.getResourceAsStream("live.js")) {
                    send(exchange, 200, TYPES.get("js"), in.readAllBytes());
                }
            } else if (path.equals("/api/search")) {
                SearchEndpoint.Response r = search.handle(exchange.getRequestURI().getRawQuery());
                send(exchange, r.status(), TYPES.get("json"), r.body().getBytes(StandardCharsets.UTF_8));
            } else {
                serveFile(exchange, path);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Path root = config.outDir().resolve("site");
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            send(exchange, 403, "text/plain; charset=utf-8", "forbidden\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!Files.isRegularFile(file)) {
            status = 404;
            file = root.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            int head = html.indexOf("</head>");
            body = (head < 0 ? html + LIVE_SCRIPT : html.substring(0, head) + LIVE_SCRIPT + html.substring(head))
                    .getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving; waits for a rebuild in progress, so nothing writes to OUT after this returns. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        live.closeAll();
        http.stop(0);
        executor.shutdownNow();
        search.close();
    }
}
