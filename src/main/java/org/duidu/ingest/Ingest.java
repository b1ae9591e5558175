package org.duidu.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Interview;
import org.duidu.model.Sidecar;
import org.duidu.model.SourceSpan;

/**
 * Reads a seed file and its sidecar into the model. Problems become diagnostics; a seed that cannot be
 * read or parsed yields an error and no interview.
 */
public final class Ingest {
    private Ingest() {
    }

    /**
     * Reads one seed.
     *
     * @param siteDir     the site directory (file names in diagnostics are relative to it)
     * @param seed        the seed file ({@code .txt} plain transcript or {@code .md} Markdown)
     * @param diagnostics where problems go
     * @return the seed, or empty when it has errors that leave nothing to publish
     */
    public static Optional<Seed> read(Path siteDir, Path seed, Diagnostics diagnostics) {
        String name = siteDir.toAbsolutePath().normalize().relativize(seed.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
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
        Optional<Decoded> decoded = Decoder.decode(bytes, sidecar.get().encoding(), name, diagnostics);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String slug = sidecar.get().slug().orElse(Slugs.of(seed));
        String text = decoded.get().text();
        boolean markdown = seed.getFileName().toString().endsWith(".md");
        Optional<Interview> interview;
        if (markdown) {
            MarkdownBlocks.Result blocks = MarkdownBlocks.split(text);
            interview = TranscriptParser.parseMarkdown(name, slug, blocks.blocks(), blocks.title(), sidecar.get(), diagnostics);
        } else {
            interview = TranscriptParser.parse(name, slug, PlainBlocks.split(text), Optional.empty(), sidecar.get(), diagnostics);
        }
        return interview.map(parsed -> new Seed(parsed, sidecar.get(), decoded.get().charset()));
    }
}
