package org.duidu.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site's sources (seeds, templates, assets, pages, configuration) and calls back once per
 * burst of changes, after the files have been quiet for a moment (editors save in several steps).
 * Folders created later are watched too, with everything under them. Nothing the callback throws stops
 * the watching: it is handed to the error callback and the next change rebuilds again.
 */
final class SourceWatcher implements AutoCloseable {
    /** The watched folders under the site directory (its root is watched for these and the settings). */
    private static final List<String> DIRECTORIES = List.of("seeds", "templates", "site-assets", "pages");
    private static final List<String> ROOT_FILES = List.of("duidu.yaml", "glossary.yaml");
    /**
     * How long the files must stay quiet before a rebuild: one save is often write, rename, touch, all
     * within a few milliseconds; every millisecond here is one more before the page shows the edit.
     */
    static final long QUIET_MILLIS = 25;
    /** A burst never delays a rebuild longer than this. */
    private static final long MAX_WAIT_MILLIS = 500;

    private final Path site;
    private final WatchService service;
    private final Thread thread;
    private final Consumer<Changes> onChange;
    private final Consumer<Throwable> onError;
    private volatile boolean running = true;

    /**
     * What changed in one burst.
     *
     * @param files the files (and folders) created, modified or deleted, as absolute paths
     * @param lost  whether events were lost (the system's queue overflowed): anything may have changed
     */
    record Changes(Set<Path> files, boolean lost) {
        Changes {
            files = Set.copyOf(files);
        }
    }

    private SourceWatcher(Path site, WatchService service, Consumer<Changes> onChange, Consumer<Throwable> onError) {
        this.site = site;
        this.service = service;
        this.onChange = onChange;
        this.onError = onError;
        this.thread = new Thread(null, this::loop, "duidu-watch", 16L << 20); // builds recurse deeply (templates, markdown)
        this.thread.setDaemon(true);
    }

    static SourceWatcher start(Path site, Consumer<Changes> onChange, Consumer<Throwable> onError) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        SourceWatcher watcher = new SourceWatcher(site, service, onChange, onError);
        watcher.register(site);
        for (String dir : DIRECTORIES) {
            watcher.registerTree(site.resolve(dir));
        }
        watcher.thread.start();
        return watcher;
    }

    private void register(Path dir) throws IOException {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    /** Watches a folder and every folder under it (a folder gone meanwhile is skipped). */
    private void registerTree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.filter(Files::isDirectory).toList()) {
                register(p);
            }
        } catch (IOException | RuntimeException e) {
            onError.accept(e);
        }
    }

    private void loop() {
        while (running) {
            try {
                WatchKey key = service.take();
                Set<Path> files = new HashSet<>();
                boolean lost = collect(key, files);
                // coalesce the burst: wait until the files have been quiet for a moment
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                WatchKey more;
                while (System.nanoTime() < deadline && (more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    lost |= collect(more, files);
                }
                if (lost || !files.isEmpty()) {
                    onChange.accept(new Changes(files, lost));
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (Throwable e) { // NOPMD: whatever a rebuild throws, the watcher keeps watching
                if (!running) {
                    return;
                }
                onError.accept(e);
            }
        }
    }

    /**
     * Adds the files the key's events name that concern the sources to {@code files}; registers folders
     * created under watched ones. Changes to unrelated files at the site root (the output directory,
     * editor files) do not count.
     *
     * @return whether events were lost
     */
    private boolean collect(WatchKey key, Set<Path> files) {
        Path dir = (Path) key.watchable();
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                lost = true; // overflow: events were lost, rebuild everything to be safe
                continue;
            }
            boolean atRoot = dir.equals(site);
            String file = name.toString();
            if (atRoot && !DIRECTORIES.contains(file) && !ROOT_FILES.contains(file)) {
                continue;
            }
            files.add(dir.resolve(name));
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                registerTree(dir.resolve(name)); // a new folder (seeds/2024/, pages/): watch it and below
            }
        }
        key.reset();
        return lost;
    }

    @Override
    public void close() throws IOException {
        running = false;
        service.close();
        thread.interrupt();
    }
}
