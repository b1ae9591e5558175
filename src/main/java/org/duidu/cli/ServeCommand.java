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

/** {@code duidu serve}: build, serve on loopback, rebuild on change, live reload; {@code --solr} answers /api/search from Solr. */
@Command(name = "serve", description = "Build, serve on 127.0.0.1, rebuild on change and reload open pages.",
        mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", defaultValue = "1313", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Mixin
    SolrOptions solr;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        var out = spec.commandLine().getOut();
        var config = site.load();
        DevServer.SearchOpener remote = null;
        if (solr.present()) {
            var target = solr.target();
            remote = () -> org.duidu.search.solr.SolrSearcher.open(target);
        }
        try (DevServer server = DevServer.start(config, host, port, out, remote)) {
            out.printf("Serving %s at %s (search API: %sapi/search?q=…); press Ctrl+C to stop%n",
                    config.outDir().resolve("site"), server.url(), server.url());
            out.flush();
            new CountDownLatch(1).await(); // until the process is interrupted
        }
        return ExitCodes.OK;
    }
}
