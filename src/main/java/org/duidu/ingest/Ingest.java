package org.duidu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.duidu.config.RuleFile;
import org.duidu.config.SiteFiles;
import org.duidu.config.YamlNodes;
import org.duidu.diag.Diagnostics;
import org.duidu.diag.DuiduException;
import org.duidu.diag.FileFailure;
import org.duidu.model.Interview;
import org.duidu.model.Sidecar;
import org.duidu.model.SourceSpan;

/**
 * Reads seed files and their metadata (sidecar or front matter) into the model. Problems become
 * diagnostics; a seed that cannot be read or parsed yields an error and no interview.
 */
public final class Ingest {
    private Ingest() {
    }

    /**
     * The seeds of a site: every {@code *.txt} and {@code *.md} (any case) under {@code seeds/}, in
     * subfolders too, in path order. Files that are neither seeds nor sidecars are listed in one note;
     * symbolic links that lead outside the site are errors and are never read.
     *
     * @param siteDir     the site directory
     * @param seedsDir    its seeds directory
     * @param diagnostics where notes and errors go
     * @throws DuiduException when there is no seeds directory or no seed in it
     */
    public static List<Path> discover(Path siteDir, Path seedsDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(seedsDir)) {
            throw new DuiduException(siteDir.resolve("seeds") + ": no seeds directory (is --site right?)");
        }
        List<Path> all;
        try (Stream<Path> files = Files.walk(seedsDir)) {
            all = files.filter(p -> !p.equals(seedsDir)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DuiduException(seedsDir + ": cannot list seeds: " + e.getMessage(), e);
        }
        List<Path> seeds = new ArrayList<>();
        List<String> others = new ArrayList<>();
        // every seed's sidecar, once: asking each .yaml file's directory for its seed was quadratic in the archive
        Set<Path> sidecars = new HashSet<>();
        for (Path p : all) {
            if (isSeed(p)) {
                sidecars.add(SidecarReader.sidecarOf(p));
            }
        }
        for (Path p : all) {
            if (Files.isDirectory(p) && !Files.isSymbolicLink(p)) {
                continue;
            }
            String name = relative(siteDir, p);
            if (isSidecar(p) && sidecars.contains(p)) {
                continue; // read (and checked) with its seed
            }
            Optional<Path> escape = SiteFiles.escapes(siteDir, p);
            if (escape.isPresent()) {
                diagnostics.error("symlink-outside", SourceSpan.wholeFile(name), SiteFiles.escapeMessage(escape.get()));
            } else if (isSeed(p) && Files.isRegularFile(p)) {
                seeds.add(p);
            } else {
                others.add(name);
            }
        }
        if (!others.isEmpty()) {
            diagnostics.note("not-a-seed", SourceSpan.wholeFile(relative(siteDir, seedsDir)), others.size()
                    + " file(s) here are not seeds (*.txt, *.md) or their sidecars (*.yaml) and are left out: "
                    + String.join(", ", others.subList(0, Math.min(20, others.size()))) + (others.size() > 20 ? ", …" : ""));
        }
        if (seeds.isEmpty() && !diagnostics.hasErrors()) {
            throw new DuiduException(seedsDir + ": no seeds (*.txt, *.md) to build");
        }
        return seeds;
    }

    /**
     * Reads one seed.
     *
     * @param siteDir     the site directory (file names in diagnostics are relative to it)
     * @param seed        the seed file ({@code .txt} plain transcript or {@code .md} Markdown)
     * @param diagnostics where problems go
     * @return the seed, or empty when it has errors that leave nothing to publish (or is a draft)
     * @throws FileFailure when Duidu itself fails on the file (a bug): it names the file
     */
    public static Optional<Seed> read(Path siteDir, Path seed, Diagnostics diagnostics) {
        String name = relative(siteDir, seed);
        try {
            return new Reader(siteDir, seed, name, diagnostics).read();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new FileFailure(name, e);
        }
    }

    /** The steps of reading one seed, sharing its names and diagnostics. */
    private record Reader(Path siteDir, Path seed, String name, Diagnostics diagnostics) {
        Optional<Seed> read() {
            Optional<Path> escape = SiteFiles.escapes(siteDir, seed);
            if (escape.isPresent()) {
                diagnostics.error("symlink-outside", SourceSpan.wholeFile(name), SiteFiles.escapeMessage(escape.get()));
                return Optional.empty();
            }
            Path sidecarFile = SidecarReader.sidecarOf(seed);
            Optional<Sidecar> sidecar = SidecarReader.read(siteDir, sidecarFile, diagnostics);
            if (sidecar.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(seed);
            } catch (IOException e) {
                diagnostics.error("unreadable", SourceSpan.wholeFile(name), "cannot read the seed: " + e.getMessage());
                return Optional.empty();
            }
            if (bytes.length == 0) {
                diagnostics.error("empty", SourceSpan.wholeFile(name), "the seed is empty; write the transcript in it, or remove it");
                return Optional.empty();
            }
            Optional<Decoded> decoded = Decoder.decode(bytes, sidecar.get().encoding(), name, diagnostics);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            String text = ControlCharacters.remove(name, decoded.get().text(), diagnostics);
            if (text == null) {
                return Optional.empty();
            }
            boolean markdown = isMarkdown(seed);
            Sidecar meta = sidecar.get();
            if (markdown) {
                FrontMatter.Split split;
                try {
                    split = FrontMatter.split(name, text);
                } catch (FrontMatter.Unclosed e) {
                    diagnostics.error("front-matter", e.span(), e.getMessage());
                    return Optional.empty();
                }
                if (split.yaml().isPresent()) {
                    Optional<Sidecar> front = frontMatter(split.yaml().get(), Files.isRegularFile(sidecarFile));
                    if (front.isEmpty()) {
                        return Optional.empty();
                    }
                    meta = front.get();
                }
                text = split.body();
            }
            if (text.isBlank()) {
                diagnostics.error("empty", SourceSpan.wholeFile(name), "the seed is empty (only blank lines"
                        + (markdown ? " and front matter" : "") + "); write the transcript in it, or remove it");
                return Optional.empty();
            }
            if (meta.draft()) {
                diagnostics.note("draft", SourceSpan.wholeFile(name), "draft: true, so it is left out of the build");
                return Optional.empty();
            }
            String slug = meta.slug().orElse(Slugs.of(seed));
            if (ReservedNames.builtIn().contains(slug)) {
                diagnostics.error("reserved-name", SourceSpan.wholeFile(name), "its URL name '" + slug
                        + "' is one of the site's own pages (" + ReservedNames.builtIn().list()
                        + "); rename the file or set another 'slug:' in its metadata");
                return Optional.empty();
            }
            Optional<Interview> interview;
            if (markdown) {
                Optional<MarkdownBlocks.Result> blocks = MarkdownBlocks.split(name, text, diagnostics);
                if (blocks.isEmpty()) {
                    return Optional.empty();
                }
                interview = TranscriptParser.parseMarkdown(name, slug, blocks.get().blocks(), blocks.get().title(), meta, diagnostics);
            } else {
                interview = TranscriptParser.parse(name, slug, PlainBlocks.split(text), Optional.empty(), meta, diagnostics);
            }
            Sidecar used = meta;
            return interview.map(parsed -> new Seed(parsed, used, decoded.get().charset()));
        }

        /** The front matter's metadata, or empty after an error was reported. */
        private Optional<Sidecar> frontMatter(String yaml, boolean hasSidecar) {
            if (hasSidecar) {
                diagnostics.error("front-matter", new SourceSpan(name, 1, 1), "the seed has front matter and a sidecar ("
                        + SidecarReader.sidecarOf(seed).getFileName() + "); keep its metadata in one of them");
                return Optional.empty();
            }
            try {
                Sidecar parsed = SidecarReader.parse(name, yaml);
                if (parsed.encoding().isPresent()) {
                    diagnostics.warning("front-matter", new SourceSpan(name, 1, 1),
                            "encoding: in front matter has no effect (the file was already decoded to read it); use a sidecar");
                }
                return Optional.of(parsed);
            } catch (YamlNodes.ShapeError e) {
                diagnostics.error("front-matter", e.span(), e.getMessage());
                return Optional.empty();
            }
        }
    }

    /** A file's path relative to the site, with forward slashes: how diagnostics and the build cache name it. */
    public static String relative(Path siteDir, Path file) {
        return siteDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the file's name is a seed's ({@code *.txt}, {@code *.md}, any case). */
    public static boolean isSeed(Path p) {
        return extension(p).equals("txt") || extension(p).equals("md");
    }

    static boolean isMarkdown(Path p) {
        return extension(p).equals("md");
    }

    /** Whether the file's name is a sidecar's ({@code *.yaml}). */
    public static boolean isSidecar(Path p) {
        return extension(p).equals("yaml");
    }

    /** The names interviews may not take: the site's own pages. */
    static final class ReservedNames {
        private final List<String> names;

        private ReservedNames(List<String> names) {
            this.names = names;
        }

        static ReservedNames builtIn() {
            return new ReservedNames(RuleFile.lines(Ingest.class, "reserved-names.txt"));
        }

        boolean contains(String slug) {
            return names.contains(slug.toLowerCase(Locale.ROOT));
        }

        String list() {
            return String.join(", ", names);
        }
    }
}
