package org.duidu.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.duidu.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code duidu serve}: build, serve on loopback, rebuild on change, live reload. */
@Command(name = "serve", description = "Build, serve on 127.0.0.1, rebuild on change and reload open pages.",
        mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", description = "port (default: 1313, or the next free one when it is busy; "
            + "a port given here must be free; 0: any free port)")
    Integer port;

    @Option(names = "--host", paramLabel = "H", description = "address to bind (default: 127.0.0.1); the Host header "
            + "may then name it too (any name for 0.0.0.0), beside localhost, 127.0.0.1 and [::1]")
    String host;

    @Option(names = "--open", description = "open the site in the default browser once it is served")
    boolean open;

    @Mixin
    SolrOptions solr;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port != null && (port < 0 || port > 65535)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        var out = spec.commandLine().getOut();
        var config = site.load();
        DevServer.Options options = DevServer.Options.defaults();
        if (port != null) {
            options = options.withPort(port);
        }
        if (host != null) {
            options = options.withHost(host);
        }
        DevServer.SearchOpener remote = null;
        if (solr.present()) {
            var target = solr.target();
            remote = () -> org.duidu.search.solr.SolrSearcher.open(target); // /api/search from Solr
        }
        try (DevServer server = DevServer.start(config, options, out, remote)) {
            out.printf("Serving %s at %s (search API: %sapi/search?q=…); press Ctrl+C to stop%n",
                    config.outDir().resolve("site"), server.url(), server.url());
            // no lambda capturing the server here: its synthetic method would name DevServer in
            // ServeCommand's signatures, and picocli's reflection would then load Jetty for `duidu build`
            java.util.Optional<String> problem = open ? server.openBrowser() : java.util.Optional.empty();
            if (problem.isPresent()) {
                out.println("Cannot open a browser (" + problem.get() + "); open " + server.url());
            }
            out.flush();
            new CountDownLatch(1).await(); // until the process is interrupted
        }
        return ExitCodes.OK;
    }
}
