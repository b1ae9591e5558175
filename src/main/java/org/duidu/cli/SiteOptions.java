package org.duidu.cli;

import java.nio.file.Path;
import org.duidu.config.ConfigLoader;
import org.duidu.config.SiteConfig;
import org.duidu.publish.OutputSafety;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every site command shares: where the site project is and where output goes. */
public final class SiteOptions {
    @Option(names = "--site", paramLabel = "DIR", description = "the site project directory (default: .)")
    Path site = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "where site/ and index/ are written (default: SITE/build)")
    Path out;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Loads the site's configuration; an output directory that would overwrite sources is a usage error. */
    SiteConfig load() {
        Path siteDir = site.toAbsolutePath().normalize();
        Path outDir = out == null ? siteDir.resolve("build") : out.toAbsolutePath().normalize();
        Path defaultOut = siteDir.resolve("build");
        if (siteDir.startsWith(outDir)) {
            throw new ParameterException(command.commandLine(), "--out " + out + " is the "
                    + (outDir.getParent() == null ? "root directory, above the site project" : siteDir.equals(outDir)
                            ? "site project directory itself" : "site project directory's parent or a directory above it")
                    + "; duidu never writes there, even with --force: choose a directory of its own (default: SITE/build)");
        }
        boolean clobbers = java.util.stream.Stream.of("seeds", "templates", "site-assets", "pages")
                        .anyMatch(d -> outDir.startsWith(siteDir.resolve(d)))
                || outDir.startsWith(defaultOut.resolve("site")) || outDir.startsWith(defaultOut.resolve("index"));
        if (clobbers) {
            throw new ParameterException(command.commandLine(), "--out " + out + " would write into the site's sources or"
                    + " its published output; choose a directory of its own (default: SITE/build)");
        }
        return ConfigLoader.load(siteDir, outDir);
    }

    /**
     * Like {@link #load()} for a command that writes OUT: an output directory Duidu must not write
     * (a non-empty one it did not make, unless {@code force}; never {@code /} or the home directory) is a
     * usage error.
     */
    SiteConfig loadForWriting(boolean force) {
        SiteConfig config = load().withForce(force);
        OutputSafety.refusal(config.outDir(), force).ifPresent(why -> {
            throw new ParameterException(command.commandLine(), why);
        });
        return config;
    }
}
