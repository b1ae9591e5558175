package org.duidu.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.duidu.config.ConfigLoader;
import org.duidu.config.SiteConfig;
import org.duidu.diag.DuiduException;
import org.duidu.site.BuildResult;
import org.duidu.site.Dictionaries;
import org.duidu.site.SiteBuilder;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code duidu serve}: builds the site, serves {@code OUT/site} over HTTP on loopback, rebuilds on
 * change and reloads open pages. A failed build keeps the last good site online and shows every
 * diagnostic in the terminal and in an overlay on the open pages; if even the first build fails, the
 * server still starts and shows the error until the sources are fixed.
 *
 * <p>The server is Jetty's core (no servlets): it reads request headers without holding a thread, so a
 * bounded pool, a header timeout and an idle timeout hold against slow clients.
 */
public final class DevServer implements AutoCloseable {
    /** The default port; when it is busy (and no port was asked for) the next free one is taken. */
    public static final int DEFAULT_PORT = 1313;
    /** How many ports after a busy default one are tried. */
    private static final int PORT_TRIES = 20;
    /** Request threads: enough for a browser and a benchmark; event streams and slow clients hold none. */
    private static final int MAX_THREADS = 16;

    private final SiteConfig config;
    private final Server server;
    private final ServerConnector connector;
    private final String displayHost;
    private final LiveReload live;
    private final PrintWriter log;
    private final SearchEndpoint search;
    private final Dictionaries dictionaries;
    /** An edit's own pages, served before the build that publishes them. */
    private final PreviewPages previews = new PreviewPages();
    /** The last build's cache, kept for the next rebuild. */
    private final org.duidu.site.BuildMemory memory = new org.duidu.site.BuildMemory();
    private SourceWatcher watcher;
    private boolean closed;

    /**
     * How to serve.
     *
     * @param host          the address to bind
     * @param hostGiven     whether the user chose it ({@code --host}): then that name is accepted in the
     *                      Host header too (any name when it is a wildcard address), beside the loopback names
     * @param port          the port, 0 for any free one
     * @param portGiven     whether the user chose it ({@code --port}): then a busy port is an error
     *                      instead of moving on to the next free one
     * @param headerTimeout how long a new connection may take to send its first request's headers
     * @param idleTimeout   how long a connection may stay silent
     */
    public record Options(String host, boolean hostGiven, int port, boolean portGiven, Duration headerTimeout, Duration idleTimeout) {
        /** Loopback, the default port (or the next free one), 10 s for headers, 30 s idle. */
        public static Options defaults() {
            return new Options("127.0.0.1", false, DEFAULT_PORT, false, Duration.ofSeconds(10), Duration.ofSeconds(30));
        }

        /** The same with a port the user chose (0: any free one). */
        public Options withPort(int value) {
            return new Options(host, hostGiven, value, true, headerTimeout, idleTimeout);
        }

        /** The same with an address the user chose. */
        public Options withHost(String value) {
            return new Options(value, true, port, portGiven, headerTimeout, idleTimeout);
        }

        /** The same with other timeouts. */
        public Options withTimeouts(Duration header, Duration idle) {
            return new Options(host, hostGiven, port, portGiven, header, idle);
        }
    }

    private DevServer(SiteConfig config, Server server, ServerConnector connector, String displayHost, LiveReload live,
                      PrintWriter log, SearchEndpoint search, Dictionaries dictionaries) {
        this.config = config;
        this.server = server;
        this.connector = connector;
        this.displayHost = displayHost;
        this.live = live;
        this.log = log;
        this.search = search;
        this.dictionaries = dictionaries;
    }

    /** Starts on 127.0.0.1 and the given port (0: any free one), as if {@code --port} was given. */
    public static DevServer start(SiteConfig config, String host, int port, PrintWriter log) throws IOException {
        return start(config, Options.defaults().withHost(host).withPort(port), log);
    }

    /**
     * Builds the site and starts serving it; a failed first build is reported and served as an error
     * page until the sources are fixed.
     *
     * @param config  the site
     * @param options where and how to serve
     * @param log     where build summaries, errors and port changes go
     * @throws DuiduException when it cannot listen (a chosen port is busy, the address is not local …)
     */
    public static DevServer start(SiteConfig config, Options options, PrintWriter log) throws IOException {
        return start(config, options, log, null);
    }

    /** Opens what answers {@code /api/search} instead of the built index (a Solr collection for {@code serve --solr}). */
    @FunctionalInterface
    public interface SearchOpener {
        /** Opens it; called again after each rebuild. */
        org.duidu.search.ParagraphSearch open() throws IOException;
    }

    /**
     * Like {@link #start(SiteConfig, Options, PrintWriter)}, with {@code /api/search} answered by what
     * {@code remoteSearch} opens instead of the built index; null for the index.
     */
    public static DevServer start(SiteConfig config, Options options, PrintWriter log, SearchOpener remoteSearch) throws IOException {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 2, 30_000);
        pool.setName("duidu-serve");
        pool.setDaemon(true);
        Server server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(16 * 1024);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        server.addConnector(connector);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        bind(connector, options, log); // before building: a busy port is known at once

        Path siteDir = config.siteDir();
        LiveReload live = new LiveReload(BuildState.good(0), options.idleTimeout().dividedBy(3));
        SearchEndpoint search = remoteSearch == null ? new SearchEndpoint(config.outDir().resolve("index"))
                : new SearchEndpoint(remoteSearch);
        Dictionaries dictionaries = new Dictionaries();
        String display = options.host().equals("0.0.0.0") || options.host().equals("::") ? "127.0.0.1"
                : options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        DevServer dev = new DevServer(config, server, connector, display, live, log, search, dictionaries);
        try {
            dev.build(config);
        } catch (DuiduException e) {
            dev.fail(e); // the first build failed: serve the error until it is fixed (config problems too)
        }
        Set<Connection> started = headerDeadline(connector, options.headerTimeout());
        server.setHandler(new SiteHandler(config.outDir().resolve("site"),
                options.hostGiven() ? options.host() : null, live, search, started::add, dev.previews));
        try {
            server.start();
        } catch (Exception e) {
            dev.close();
            throw new DuiduException("cannot start the server: " + e.getMessage(), e);
        }
        dev.watcher = SourceWatcher.start(siteDir, dev::rebuild, dev::fail);
        Thread primer = new Thread(dev::prime, "duidu-serve-prime");
        primer.setDaemon(true);
        primer.start();
        return dev;
    }

    /**
     * Builds once more right after the first build, with nothing changed, while the author reads: it
     * makes the output's second generation (hard links of every file), which the first edit would
     * otherwise pay for. The first save after a cold start took 32 s at 10,000 interviews, the later
     * ones 2 s. Open pages are not told, as nothing they show changed; a save meanwhile is rebuilt
     * (and told) after it, as the watcher asks.
     */
    synchronized void prime() {
        if (closed || live.state().failure() != null) {
            return;
        }
        try {
            SiteBuilder.build(currentConfig(), dictionaries, memory);
            search.reopen();
            primed = true;
        } catch (Throwable e) { // NOPMD: as in rebuild, serve keeps serving whatever a build throws
            fail(e);
        }
    }

    /** Whether the build after the first has made the second generation (tests wait on it). */
    boolean primed() {
        return primed;
    }

    /** Binds the port; a busy default port moves on to the next free one and says so. */
    private static void bind(ServerConnector connector, Options options, PrintWriter log) {
        int tries = options.portGiven() || options.port() == 0 ? 1 : PORT_TRIES;
        for (int i = 0; i < tries; i++) {
            int port = options.port() + i;
            connector.setPort(port);
            try {
                connector.open();
                if (i > 0) {
                    log.printf("Port %d is busy; serving on %d instead.%n", options.port(), port);
                    log.flush();
                }
                return;
            } catch (IOException e) {
                boolean busy = e instanceof BindException || e.getCause() instanceof BindException;
                if (!busy || i == tries - 1) {
                    throw new DuiduException("cannot listen on " + options.host() + ":" + port + ": "
                            + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
                            + (options.portGiven() ? " (is another server running? choose another --port, or 0 for any)" : ""));
                }
            }
        }
    }

    /**
     * Closes connections that have not sent a complete request within the timeout of opening: the idle
     * timeout alone lets a client that trickles one header byte at a time stay for ever.
     */
    private static Set<Connection> headerDeadline(ServerConnector connector, Duration timeout) {
        Set<Connection> started = ConcurrentHashMap.newKeySet();
        connector.addEventListener(new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                connector.getScheduler().schedule(() -> {
                    if (!started.contains(connection)) {
                        connection.getEndPoint().close();
                    }
                }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            }

            @Override
            public void onClosed(Connection connection) {
                started.remove(connection);
            }
        });
        return started; // the handler adds each connection that got a request through
    }

    /** The port served on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** What open pages were last told (tests wait on it). */
    BuildState state() {
        return live.state();
    }

    /** The address to open. */
    public URI url() {
        return URI.create("http://" + displayHost + ":" + port() + "/");
    }

    /**
     * Opens {@link #url()} in the desktop's browser ({@code xdg-open}, {@code open} on macOS,
     * {@code rundll32} on Windows).
     *
     * @return why it could not, if it could not
     */
    public java.util.Optional<String> openBrowser() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String url = url().toString();
        java.util.List<String> command = os.contains("win") ? java.util.List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : os.contains("mac") ? java.util.List.of("open", url) : java.util.List.of("xdg-open", url);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of(command.get(0) + ": " + e.getMessage());
        }
    }

    private volatile boolean primed;

    /** Rebuilds now, as if anything had changed (tests). */
    synchronized void rebuild() {
        rebuild(new SourceWatcher.Changes(Set.of(), true));
    }

    /**
     * Rebuilds after a change (the watcher calls this); one build at a time, as they share OUT. When only
     * seeds were edited, their own pages are rendered and served first ({@link #preview}), without
     * waiting for a build in progress (the priming build after a cold start takes half a minute at
     * 10,000 interviews): at that size the build around them takes seconds.
     */
    void rebuild(SourceWatcher.Changes changes) {
        if (closed) {
            return; // a change noticed while shutting down
        }
        try {
            if (!changes.lost() && live.state().failure() == null) {
                preview(currentConfig(), changes.files());
            }
        } catch (Throwable e) { // NOPMD: the settings do not read: the build below reports it
            // nothing previewed
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                // duidu.yaml and glossary.yaml are sources too: read them again; the dictionaries stay loaded
                // unless the settings they depend on changed
                build(currentConfig());
            } catch (Throwable e) { // NOPMD: whatever a build throws (StackOverflowError …), serve keeps serving
                fail(e);
            }
        }
    }

    /**
     * Serves the edited seeds' own pages at once, when they can be rendered as the build will render
     * them (see {@code SiteBuilder.preview}); otherwise the build alone shows the change. Called by the
     * watcher's thread alone, perhaps while the priming build runs: the preview only reads what the
     * last published build left in {@code memory} and the loaded dictionaries.
     */
    private void preview(SiteConfig current, Set<Path> changed) {
        long start = System.nanoTime();
        try {
            Path dir = previews.fresh();
            java.util.Optional<java.util.Map<String, Path>> pages = SiteBuilder.preview(current, dictionaries, memory,
                    java.util.List.copyOf(changed), dir);
            if (pages.isEmpty() || pages.get().isEmpty()) {
                previews.clear();
                return;
            }
            previews.show(pages.get()); // before the state is told: a page that reads it already shows the edit
            live.publish(BuildState.previewed(live.state().build() + 1));
            log.printf("Showing the edited page(s) first: %d file(s) in %d ms; building the site%n", pages.get().size(),
                    (System.nanoTime() - start) / 1_000_000);
            log.flush();
        } catch (IOException | RuntimeException | StackOverflowError e) { // NOPMD: the build that follows reports the problem
            previews.clear();
        }
    }

    /** The settings as they are now: duidu.yaml and glossary.yaml are sources too, read again for each build. */
    private SiteConfig currentConfig() {
        return ConfigLoader.load(config.siteDir(), config.outDir()).withStrict(config.strict());
    }

    private void build(SiteConfig current) {
        BuildResult result = SiteBuilder.build(current, dictionaries, memory);
        previews.clear(); // the site is published: its files are served again
        search.reopen();
        result.diagnostics().forEach(d -> log.println(d.format()));
        log.printf("Built %d interview(s), %d files in %d ms%n", result.seeds().size(), result.pages(), result.totalMillis());
        log.flush();
        live.publish(BuildState.good(live.state().build() + 1));
    }

    /** Reports a failed build (or watcher trouble) in the terminal and on the open pages. */
    private void fail(Throwable error) {
        previews.clear(); // the last good build is served, not an edit it never published
        BuildState failed = live.state().failed(error, config.siteDir());
        log.println(failed.terminalText());
        log.println("Serving the last good build; watching for changes.");
        log.flush();
        live.publish(failed);
    }

    /** Stops serving; waits for a rebuild in progress, so nothing writes to OUT after this returns. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        previews.clear();
        if (watcher != null) {
            watcher.close();
        }
        live.close();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IOException("cannot stop the server: " + e.getMessage(), e);
        } finally {
            search.close();
        }
    }
}
