package org.duidu.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a site's sources (seeds, templates, assets, pages, configuration) and calls back once per
 * burst of changes, after the files have been quiet for a moment (editors save in several steps).
 */
final class SourceWatcher implements AutoCloseable {
    private static final List<String> DIRECTORIES = List.of("seeds", "templates", "site-assets", "pages");
    private static final long QUIET_MILLIS = 150;

    private final Path site;
    private final WatchService service;
    private final Thread thread;
    private volatile boolean running = true;

    private SourceWatcher(Path site, WatchService service, Runnable onChange) {
        this.site = site;
        this.service = service;
        this.thread = new Thread(() -> loop(onChange), "duidu-watch");
        this.thread.setDaemon(true);
    }

    static SourceWatcher start(Path site, Runnable onChange) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        SourceWatcher watcher = new SourceWatcher(site, service, onChange);
        watcher.register(site);
        for (String dir : DIRECTORIES) {
            Path d = site.resolve(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> tree = Files.walk(d)) {
                    for (Path p : tree.filter(Files::isDirectory).toList()) {
                        watcher.register(p);
                    }
                }
            }
        }
        watcher.thread.start();
        return watcher;
    }

    private void register(Path dir) throws IOException {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void loop(Runnable onChange) {
        while (running) {
            try {
                WatchKey key = service.take();
                boolean relevant = relevant(key);
                key.reset();
                // drain the burst
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= relevant(more);
                    more.reset();
                }
                if (relevant) {
                    onChange.run();
                }
            } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                return;
            }
        }
    }

    /** Changes under the output directory or to unrelated files at the site root do not count. */
    private boolean relevant(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                return true; // overflow: rebuild to be safe
            }
            if (!dir.equals(site)) {
                return true;
            }
            String file = name.toString();
            if (file.equals("duidu.yaml") || file.equals("glossary.yaml")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        running = false;
        service.close();
        thread.interrupt();
    }
}
