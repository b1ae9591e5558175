package org.duidu.cli;

import java.nio.file.Path;
import org.duidu.config.ConfigLoader;
import org.duidu.config.SiteConfig;
import picocli.CommandLine.Option;

/** The options every site command shares: where the site project is and where output goes. */
public final class SiteOptions {
    @Option(names = "--site", paramLabel = "DIR", description = "the site project directory (default: .)")
    Path site = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "where site/ and index/ are written (default: SITE/build)")
    Path out;

    /** Loads the site's configuration. */
    SiteConfig load() {
        Path siteDir = site.toAbsolutePath().normalize();
        Path outDir = out == null ? siteDir.resolve("build") : out.toAbsolutePath().normalize();
        return ConfigLoader.load(siteDir, outDir);
    }
}
