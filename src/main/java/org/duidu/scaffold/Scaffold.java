package org.duidu.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.duidu.diag.DuiduException;

/** Creates a new site project that builds as it is. */
public final class Scaffold {
    private static final List<String> STARTER = List.of("duidu.yaml", "glossary.yaml");
    private static final List<String> SEEDS = List.of("example.txt", "example.yaml");

    private Scaffold() {
    }

    /**
     * Writes a site project into {@code dir}, which must not exist or be empty.
     *
     * @return the files written, relative to {@code dir}
     * @throws DuiduException when {@code dir} holds files already, or cannot be written
     */
    public static List<String> create(Path dir) {
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || hasEntries(dir))) {
                throw new DuiduException(dir + ": already exists and is not empty; choose a new directory");
            }
            List<String> written = new ArrayList<>();
            for (String name : STARTER) {
                written.add(copyResource(name, dir.resolve(name), dir));
            }
            for (String name : SEEDS) {
                written.add(copyResource(name, dir.resolve("seeds").resolve(name), dir));
            }
            written.addAll(copyTheme("templates", dir));
            written.addAll(copyTheme("site-assets", dir));
            return written;
        } catch (IOException e) {
            throw new DuiduException(dir + ": cannot create the site: " + e.getMessage(), e);
        }
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    private static String copyResource(String name, Path target, Path root) throws IOException {
        try (InputStream in = Scaffold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing scaffold resource " + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        }
        return root.relativize(target).toString().replace('\\', '/');
    }

    /** Copies the built-in theme directory ({@code duidu/theme/<name>} in the jar) into the site. */
    private static List<String> copyTheme(String name, Path root) throws IOException {
        URL url = Scaffold.class.getResource("/duidu/theme/" + name);
        if (url == null) {
            throw new IllegalStateException("the built-in theme is missing from the jar: " + name);
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return copyTree(jar.provider().getPath(uri), root.resolve(name), root);
            }
        }
        return copyTree(Path.of(uri), root.resolve(name), root);
    }

    private static List<String> copyTree(Path from, Path to, Path root) throws IOException {
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
                written.add(root.relativize(target).toString().replace('\\', '/'));
            }
        }
        return written;
    }
}
