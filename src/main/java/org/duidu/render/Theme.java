package org.duidu.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The templates and assets of a site: the site's own {@code templates/} and {@code site-assets/}
 * files override the built-in theme packaged in the jar ({@code duidu/theme/…}), file by file.
 */
final class Theme {
    private static final String BUILT_IN = "/duidu/theme/";
    /** The built-in assets, listed because a classpath directory cannot be listed portably. */
    static final List<String> BUILT_IN_ASSETS = List.of("duidu.css", "duidu.js", "aids.js", "search.js", "favicon.svg");

    private final Path siteDir;
    private final Configuration freemarker;

    private Theme(Path siteDir, Configuration freemarker) {
        this.siteDir = siteDir;
        this.freemarker = freemarker;
    }

    static Theme load(Path siteDir) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        Path own = siteDir.resolve("templates");
        if (Files.isDirectory(own)) {
            loaders.add(new FileTemplateLoader(own.toFile()));
        }
        loaders.add(new ClassTemplateLoader(Theme.class, BUILT_IN + "templates"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setRecognizeStandardFileExtensions(true); // .ftlh → HTML auto-escaping, .ftlx → XML
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Templates are the site owner's code; content never is. Still, no template may instantiate classes.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(java.util.Locale.ROOT);
        // numbers in ids and attributes (q1000, data-n) must not be grouped or localised: "computer" is the c format
        cfg.setNumberFormat("computer");
        return new Theme(siteDir, cfg);
    }

    Configuration freemarker() {
        return freemarker;
    }

    /** The bytes of an asset, the site's own copy first. */
    Optional<byte[]> asset(String name) throws IOException {
        Path own = siteDir.resolve("site-assets").resolve(name);
        if (Files.isRegularFile(own)) {
            return Optional.of(Files.readAllBytes(own));
        }
        try (InputStream in = Theme.class.getResourceAsStream(BUILT_IN + "site-assets/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    /** Every asset name: the built-in ones the jar holds plus the site's own files. */
    List<String> assetNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (String name : BUILT_IN_ASSETS) {
            if (Theme.class.getResource(BUILT_IN + "site-assets/" + name) != null) {
                names.add(name);
            }
        }
        Path own = siteDir.resolve("site-assets");
        if (Files.isDirectory(own)) {
            try (var files = Files.list(own)) {
                files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
                        .filter(n -> !names.contains(n)).forEach(names::add);
            }
        }
        return names;
    }
}
