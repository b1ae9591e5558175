package org.duidu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.duidu.scaffold.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duidu new DIR}: scaffolds a site project. */
@Command(name = "new", description = "Create a new site project in DIR (with an example seed and the built-in theme).",
        mixinStandardHelpOptions = true)
public final class NewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the directory to create")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> files = Scaffold.create(dir);
        var out = spec.commandLine().getOut();
        files.forEach(f -> out.println("  " + f));
        out.printf("Created a site in %s. Build it with: java -jar duidu.jar build --site %s%n", dir, dir);
        out.flush();
        return ExitCodes.OK;
    }
}
