package org.duidu.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.duidu.config.ConfigLoader;
import org.duidu.config.HantStandard;
import org.duidu.config.SiteConfig;
import org.duidu.convert.Converter;
import org.duidu.diag.DuiduException;
import org.duidu.model.Edition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code duidu convert [--to zh-Hans|zh-Hant] [FILE…]}: converts UTF-8 text from files (or stdin) to
 * stdout with the same rules as the site (its {@code duidu.yaml} standard and {@code glossary.yaml}),
 * streaming, so input of any size converts in bounded memory.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert text to zh-Hans or zh-Hant (FILEs or stdin to stdout), with the site's rules.")
public final class ConvertCommand implements Callable<Integer> {
    @Option(names = "--to", paramLabel = "EDITION", defaultValue = "zh-Hans", converter = EditionConverter.class,
            description = "zh-Hans or zh-Hant (default: ${DEFAULT-VALUE}).")
    Edition to;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = ".",
            description = "Site whose duidu.yaml (hant: tw|hk) and glossary.yaml apply (default: current directory).")
    Path site;

    @Option(names = "--hk", description = "Hong Kong character forms for zh-Hant, whatever the site says.")
    boolean hongKong;

    @Option(names = "--markup", negatable = true,
            description = "Honour inline -{…}- and -{zh-hans:…;zh-hant:…}- markup (default: for *.md files only).")
    Boolean markup;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "UTF-8 text files; none or '-' reads stdin.")
    List<Path> files = List.of();

    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintStream stderr;

    /** A command reading {@code System.in} and writing {@code System.out}. */
    public ConvertCommand() {
        this(System.in, System.out, System.err);
    }

    /** A command on given streams (for tests). */
    public ConvertCommand(InputStream stdin, OutputStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        Converter converter;
        try {
            converter = converter();
        } catch (DuiduException e) {
            e.diagnostics().forEach(d -> stderr.println(d.format())); // bad duidu.yaml/glossary.yaml: where
            stderr.println("duidu convert: " + e.getMessage());
            return 1;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        List<Path> inputs = files.isEmpty() ? List.of(Path.of("-")) : files;
        for (Path file : inputs) {
            String name = file.toString().equals("-") ? "<stdin>" : file.toString();
            try (Reader in = reader(file)) {
                converter.convert(in, out, to, markup != null ? markup : name.endsWith(".md"));
            } catch (NoSuchFileException e) {
                return fail(out, name + ": no such file");
            } catch (CharacterCodingException e) {
                return fail(out, name + ": not UTF-8 text");
            } catch (IOException | UncheckedIOException e) {
                return fail(out, name + ": cannot read: " + e.getMessage());
            }
        }
        return 0;
    }

    private int fail(Writer out, String message) {
        try {
            out.flush();
        } catch (IOException ignored) {
            // stdout is gone too; the message below is what matters
        }
        stderr.println("duidu convert: " + message);
        return 1;
    }

    private Converter converter() {
        if (!Files.isDirectory(site)) {
            throw new DuiduException(site + ": no such site directory");
        }
        // the site's settings when it has them, the defaults (Taiwan forms, no glossary) when not
        SiteConfig config = ConfigLoader.load(site, site.resolve("build"));
        return Converter.create(hongKong ? HantStandard.HONG_KONG : config.hantStandard(), config.glossary());
    }

    /** A strict UTF-8 reader (a leading BOM is skipped). */
    private Reader reader(Path file) throws IOException {
        InputStream raw = file.toString().equals("-") ? nonClosing(stdin) : Files.newInputStream(file);
        PushbackInputStream in = new PushbackInputStream(raw, 3);
        byte[] bom = new byte[3];
        int n = in.readNBytes(bom, 0, 3);
        if (!(n == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            in.unread(bom, 0, n);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // stdin stays open
            }
        };
    }

    /** Parses {@code --to}; a wrong value is a usage error (exit 2). */
    static final class EditionConverter implements CommandLine.ITypeConverter<Edition> {
        @Override
        public Edition convert(String value) {
            try {
                return Edition.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
