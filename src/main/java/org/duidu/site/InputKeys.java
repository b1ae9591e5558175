package org.duidu.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.duidu.config.SiteConfig;
import org.duidu.diag.DuiduException;

/**
 * The content hashes a build cache is keyed by. A seed's content key covers what its publication
 * (and so its index documents) depends on: Duidu itself (code and built-in rule data), the zh-Hant
 * standard, the glossary, the seed's bytes and its sidecar's. The render key covers what every page
 * depends on besides its own content: Duidu, the whole configuration, the templates, the assets and
 * the prose pages (they are in every page's navigation).
 */
final class InputKeys {
    private InputKeys() {
    }

    /** The site-wide part of every seed's content key. */
    static String content(SiteConfig config) {
        return BuildCache.hash(List.of(utf8(BuildCache.duidu()), utf8(config.hantStandard().name()), utf8(config.glossary().toString())));
    }

    /** What every page depends on besides its interview. */
    static String render(SiteConfig config) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(utf8(BuildCache.duidu()));
        // the whole configuration, whatever keys it gains; strictness and --force change no output
        parts.add(utf8(config.withStrict(false).withForce(false).withConversionReport(false).toString()));
        for (String dir : List.of("templates", "site-assets", "pages")) {
            tree(config.siteDir().resolve(dir), parts);
        }
        return BuildCache.hash(parts);
    }

    /** A seed's content key: the site-wide part, its path, its bytes and its sidecar's. */
    static String seed(String content, Path siteDir, Path seed) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(utf8(content));
        parts.add(utf8(siteDir.relativize(seed).toString()));
        Path sidecar = sidecar(seed);
        try {
            parts.add(Files.readAllBytes(seed));
            parts.add(Files.isRegularFile(sidecar) ? Files.readAllBytes(sidecar) : new byte[0]);
        } catch (IOException e) {
            // unreadable now: a key no cache entry has, so the seed is read again and the error reported
            parts.add(utf8("unreadable " + e.getMessage()));
        }
        return BuildCache.hash(parts);
    }

    /** The sidecar a seed's key covers: the {@code .yaml} beside it. */
    static Path sidecar(Path seed) {
        String name = seed.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return seed.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".yaml");
    }

    private static void tree(Path dir, List<byte[]> parts) {
        parts.add(utf8(dir.getFileName().toString()));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(utf8(dir.relativize(f).toString()));
                parts.add(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new DuiduException(dir + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
