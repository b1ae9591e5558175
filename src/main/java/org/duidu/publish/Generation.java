package org.duidu.publish;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.duidu.diag.DuiduException;

/**
 * One build's output generation: {@code OUT/.generations/<id>/{site,index,cache}}.
 *
 * <p>Layout of an output directory:
 * <pre>
 * OUT/.duidu-output          marker: duidu made this directory (and the lock's anchor)
 * OUT/.lock                  while a build runs: who (pid, host, start time)
 * OUT/.generations/&lt;id&gt;/    site/, index/, cache/ of one build
 * OUT/current -&gt; .generations/&lt;id&gt;   the published generation
 * OUT/site -&gt; current/site, OUT/index -&gt; current/index   fixed links
 * </pre>
 * Publishing renames a freshly made link over {@code OUT/current}: one atomic step switches site,
 * index and cache together, so a reader (or a build killed at any moment) sees the previous
 * generation or the new one, never a mixture and never nothing.
 *
 * <p>The generation published before the current one is kept (see {@link Spare}): the next build
 * brings it up to the current one by replaying what the current one changed, builds on it and
 * publishes it, so an incremental build pays for the files it replaces, not for a link per file of
 * the site. Without such a generation (the first builds, or after a killed build) a new generation
 * starts as hard links of the published one.
 *
 * <p>Where the filesystem has no symbolic links, {@code OUT/site}, {@code OUT/index} and
 * {@code OUT/.cache} are real directories replaced by three renames: each one is atomic, but a
 * reader (or a kill) between them sees a mixture; a later build then discards the cache and builds
 * in full. Where it has no hard links, a generation starts as a copy. Both are said in {@link #notes()}.
 */
public final class Generation implements AutoCloseable {
    static final String GENERATIONS = ".generations";
    static final String CURRENT = "current";
    /** Where the cache is published when there are no symbolic links. */
    static final String FLAT_CACHE = ".cache";
    /** Where the record of Duidu's own site files is published when there are no symbolic links. */
    static final String FLAT_OWNERSHIP = ".site-files";
    private static final List<String> PARTS = List.of("site", "index", "cache");

    private final Path out;
    private final Path dir;
    private final OutputLock lock;
    private final FileOps ops;
    private final boolean symlinks;
    private final boolean inherits;
    private final List<String> notes;
    private final Ownership owned;
    private final DirectoryTree site;
    /** The published generation this one started from (null for the first), and the state it holds. */
    private final Path previous;
    private final String previousState;
    /** The removal of a generation no longer worth bringing up to date, running beside the build; or null. */
    private final Thread removal;
    private final java.util.Optional<java.util.Set<String>> previouslyOwned;
    private boolean published;
    private boolean closed;

    private Generation(Path out, Path dir, OutputLock lock, FileOps ops, boolean symlinks, boolean inherits, List<String> notes,
                       Ownership owned, Path previous, String previousState, Thread removal) {
        this.removal = removal;
        this.previous = previous;
        this.previousState = previousState;
        this.previouslyOwned = owned.known();
        this.out = out;
        this.dir = dir;
        this.lock = lock;
        this.ops = ops;
        this.symlinks = symlinks;
        this.inherits = inherits;
        this.notes = List.copyOf(notes);
        this.owned = owned;
        this.site = new DirectoryTree(dir.resolve("site"), owned);
    }

    /**
     * Takes the output lock (OUT/.lock; a DuiduException naming the holder -- pid, host, start time --
     * when another live build holds it; a stale lock of a dead process is taken over), checks Duidu's
     * marker file (refuses a non-empty OUT without it unless force), removes leftovers of killed builds
     * and old generations, and creates a new generation whose site/, index/ and cache/ start as
     * hard-linked copies of the current published generation (empty when there is none; plain copies,
     * with a note, when hard links are unsupported).
     *
     * @throws DuiduException when the directory must not be written or another build holds it
     */
    public static Generation begin(Path outDir, boolean force) throws IOException {
        return begin(outDir, force, FileOps.SYSTEM);
    }

    static Generation begin(Path outDir, boolean force, FileOps ops) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        OutputSafety.refusal(out, force).ifPresent(why -> {
            throw new DuiduException(why);
        });
        Files.createDirectories(out);
        boolean takenOver = OutputMarker.ensure(out);
        List<String> notes = new ArrayList<>();
        OutputLock lock = OutputLock.acquire(out, notes);
        Thread removal = null;
        try {
            Path generations = Files.createDirectories(out.resolve(GENERATIONS));
            boolean symlinks = symlinksWork(out, ops);
            Path previous;
            if (symlinks) {
                adoptRealDirectories(out, ops, notes);
                previous = currentGeneration(out);
            } else {
                notes.add("symbolic links are not available in " + out + ": site/ and index/ are replaced by renames one after"
                        + " the other, which is not atomic across the two");
                recoverFlat(out, notes);
                previous = out;
            }
            String previousState = symlinks && previous != null ? Spare.state(previous) : null;
            Path spare = previousState == null ? null : Spare.find(generations, previous);
            removeLeftovers(out, previous, spare);
            Ownership owned;
            if (previous == null || (takenOver && !symlinks)) {
                owned = Ownership.none(); // adopted generations carry an empty record
            } else {
                owned = Ownership.read(symlinks ? previous.resolve(Ownership.FILE) : out.resolve(FLAT_OWNERSHIP));
            }
            List<String> changes = spare == null ? List.of() : Spare.changes(previous);
            if (spare != null && Spare.notWorthCatchingUp(changes.size(), owned.count())) {
                // the current generation rewrote most of the site (a template, a setting, Duidu itself changed):
                // a fresh copy of it is cheaper than bringing the one before up to date, which is removed beside
                // the build (mostly waiting for the disk) once it is no published state
                Files.deleteIfExists(spare.resolve(Spare.STATE));
                Trees.fsyncDirectory(spare);
                removal = removeBeside(spare);
                spare = null;
            }
            Path dir = null;
            boolean inherits = false;
            boolean linked = true;
            if (spare != null) {
                try {
                    linked = Spare.catchUp(spare, previous, changes, ops);
                    dir = spare;
                    inherits = true;
                } catch (IOException e) {
                    notes.add("the previous generation could not be brought up to date (" + e.getMessage() + "): this build starts"
                            + " from a copy of the current one");
                    Trees.delete(spare);
                }
            }
            if (dir == null) {
                dir = newDirectory(generations, "g-");
                for (String part : PARTS) {
                    Path from = previous == null ? null : previous.resolve(symlinks ? part : flatName(part));
                    if (from != null && Files.isDirectory(from)) {
                        linked &= Trees.linkCopy(from, dir.resolve(part), ops);
                        inherits = true;
                    } else {
                        Files.createDirectories(dir.resolve(part));
                    }
                }
            }
            if (!linked) {
                notes.add("hard links are not available in " + out + ": the previous build's files were copied, which costs"
                        + " time and space on every build");
            }
            return new Generation(out, dir, lock, ops, symlinks, inherits, notes, owned, previous, previousState, removal);
        } catch (IOException | RuntimeException e) {
            join(removal); // never left running once the lock is let go
            lock.close();
            throw e;
        }
    }

    /**
     * Whether {@code outDir} holds a published build (in either layout), without taking its lock: a
     * hint for a build about to start (its cache will be read), never a decision about the output.
     */
    public static boolean hasPublished(Path outDir) {
        return Files.exists(outDir.resolve(CURRENT), LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(outDir.resolve(FLAT_CACHE));
    }

    /** The new site tree (pre-populated from the previous generation). */
    public OutputTree site() {
        return site;
    }

    /** The new site directory. */
    public Path siteDir() {
        return dir.resolve("site");
    }

    /** The Lucene index directory (pre-populated; Lucene never rewrites a file in place, so hard links are safe). */
    public Path indexDir() {
        return dir.resolve("index");
    }

    /** The build cache (pre-populated); published atomically with site and index. */
    public Path cacheDir() {
        return dir.resolve("cache");
    }

    /** Whether site, index and cache started from the previous generation. */
    public boolean inheritsPrevious() {
        return inherits;
    }

    /** What the user should know about this output (fallbacks taken, a killed build's lock taken over, a migration). */
    public List<String> notes() {
        return notes;
    }

    /**
     * One atomic step: OUT/site and OUT/index (fixed symlinks into OUT/current) switch together when
     * the OUT/current symlink is replaced by a rename; then older generations are removed.
     */
    public void publish() throws IOException {
        if (published || closed) {
            throw new IllegalStateException("generation already published or closed");
        }
        owned.write(siteDir(), dir.resolve(Ownership.FILE));
        if (symlinks) {
            for (String name : List.of("site", "index")) {
                if (!Files.isSymbolicLink(out.resolve(name))) {
                    replaceByLink(out, name, Path.of(CURRENT, name), ops); // the first build: dangling until current exists
                }
            }
            Spare.record(dir, previousState, site.changed(), newState());
            Trees.fsyncDirectory(dir);
            replaceByLink(out, CURRENT, Path.of(GENERATIONS, dir.getFileName().toString()), ops);
            published = true;
            Trees.fsyncDirectory(out);
            awaitRemoval();
            // the generation just replaced stays, as the next build's starting point
            removeLeftovers(out, dir, previousState == null ? null : previous);
        } else {
            Path trash = newDirectory(out.resolve(GENERATIONS), "old-");
            // cache last: a kill before it leaves the old cache, which recoverFlat then discards
            for (String part : PARTS) {
                Path target = out.resolve(flatName(part));
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    move(target, trash.resolve(part));
                }
                move(dir.resolve(part), target);
                Trees.fsyncDirectory(out);
            }
            Files.move(dir.resolve(Ownership.FILE), out.resolve(FLAT_OWNERSHIP), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            published = true;
            Trees.delete(trash);
            Trees.delete(dir);
        }
    }

    /** Removes {@code generation} on a thread of its own; a failure leaves it to the next build's clean-up. */
    private static Thread removeBeside(Path generation) {
        Thread t = new Thread(() -> {
            try {
                Trees.delete(generation);
            } catch (IOException | RuntimeException e) {
                // not a published state any more: the next build removes what is left
            }
        }, "duidu-remove-generation");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for the removal begun beside this build, if any (it must end before the leftovers are swept). */
    private void awaitRemoval() {
        join(removal);
    }

    private static void join(Thread removal) {
        if (removal == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                removal.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the generation if it was not published; releases the lock. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            awaitRemoval();
            if (!published) {
                Trees.delete(dir);
            }
        } catch (IOException e) {
            // left for the next build, which removes every generation but the published one
        } finally {
            lock.close();
        }
    }

    /**
     * The files of the site this build started from that Duidu wrote, or empty when that is not known
     * (a generation without a record: everything in it counts as Duidu's).
     */
    public java.util.Optional<java.util.Set<String>> previousSiteFiles() {
        return previouslyOwned;
    }

    /** A new published state's id: unique across builds of this output. */
    private static String newState() {
        return Long.toString(System.currentTimeMillis(), 36) + "-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
    }

    /** The generation OUT/current points to, or null. */
    private static Path currentGeneration(Path out) throws IOException {
        Path current = out.resolve(CURRENT);
        if (!Files.isSymbolicLink(current) || !Files.isDirectory(current)) {
            return null;
        }
        return current.toRealPath();
    }

    private static String flatName(String part) {
        return part.equals("cache") ? FLAT_CACHE : part;
    }

    /** Probes once per build: the filesystem may be mounted without them, or the user may lack the right. */
    private static boolean symlinksWork(Path out, FileOps ops) throws IOException {
        Path probe = out.resolve(".symlink-probe-" + ProcessHandle.current().pid() + DirectoryTree.TEMP_SUFFIX);
        Files.deleteIfExists(probe);
        try {
            ops.symlink(probe, Path.of(CURRENT));
            return true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /**
     * Turns real OUT/site and OUT/index directories (an older Duidu's layout, a killed migration, or a
     * directory the user let duidu into with --force) into a published generation, moving nothing
     * out of readers' sight until the links replace them; no file in them is lost, as the generation
     * holds them all.
     */
    private static void adoptRealDirectories(Path out, FileOps ops, List<String> notes) throws IOException {
        List<String> real = new ArrayList<>();
        for (String n : List.of("site", "index")) {
            if (Files.exists(out.resolve(n), LinkOption.NOFOLLOW_LINKS) && !isLinkInto(out.resolve(n), Path.of(CURRENT, n))) {
                real.add(n);
            }
        }
        if (real.isEmpty()) {
            return;
        }
        Path current = currentGeneration(out);
        Path adopted = newDirectory(out.resolve(GENERATIONS), "g-");
        for (String part : PARTS) {
            Path from = out.resolve(part);
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS) && current != null) {
                from = current.resolve(part); // a part already moved (cache is never at OUT/cache)
            }
            if (part.equals("cache") || !Files.isDirectory(from)) {
                Files.createDirectories(adopted.resolve(part));
            } else {
                Trees.linkCopy(from.toRealPath(), adopted.resolve(part), ops);
            }
        }
        Files.createFile(adopted.resolve(Ownership.FILE)); // none of the adopted files is known to be duidu's
        replaceByLink(out, CURRENT, Path.of(GENERATIONS, adopted.getFileName().toString()), ops);
        Trees.fsyncDirectory(out);
        for (String name : real) {
            // two renames: OUT/<name> is missing for an instant, once, at the migration
            Path aside = newDirectory(out.resolve(GENERATIONS), "adopted-" + name + "-");
            move(out.resolve(name), aside.resolve(name));
            replaceByLink(out, name, Path.of(CURRENT, name), ops);
        }
        Trees.fsyncDirectory(out);
        notes.add("moved " + String.join(" and ", real) + " in " + out + " into " + GENERATIONS + "/"
                + adopted.getFileName() + " (the generation layout: site and index are now links switched in one step)");
    }

    private static boolean isLinkInto(Path link, Path expected) throws IOException {
        return Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(expected);
    }

    /** Atomically makes OUT/name a symbolic link to target, by renaming a new link over it. */
    private static void replaceByLink(Path out, String name, Path target, FileOps ops) throws IOException {
        Path temp = out.resolve("." + name + "-" + ProcessHandle.current().pid() + DirectoryTree.TEMP_SUFFIX);
        Files.deleteIfExists(temp);
        ops.symlink(temp, target);
        Files.move(temp, out.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * After a flat publish was interrupted: puts back a missing part from the set-aside previous one,
     * and drops the cache, which may not match the site and index any more.
     */
    private static void recoverFlat(Path out, List<String> notes) throws IOException {
        boolean interrupted = false;
        try (Stream<Path> entries = Files.list(out.resolve(GENERATIONS))) {
            for (Path trash : entries.filter(p -> p.getFileName().toString().startsWith("old-")).sorted().toList()) {
                interrupted = true;
                for (String part : PARTS) {
                    Path target = out.resolve(flatName(part));
                    if (Files.isDirectory(trash.resolve(part)) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        move(trash.resolve(part), target);
                    }
                }
            }
        }
        if (interrupted) {
            Trees.delete(out.resolve(FLAT_CACHE));
            notes.add("an earlier build was stopped while publishing; its cache was discarded and this build starts afresh");
        }
    }

    /**
     * Removes every generation but {@code keep} and {@code spare} (either may be null), temporary files
     * and an older Duidu's staging directories.
     */
    private static void removeLeftovers(Path out, Path keep, Path spare) throws IOException {
        List<Path> kept = new ArrayList<>();
        for (Path k : new Path[] {keep, spare}) {
            if (k != null) {
                kept.add(k.toRealPath());
            }
        }
        try (Stream<Path> entries = Files.list(out.resolve(GENERATIONS))) {
            for (Path g : entries.toList()) {
                if (!kept.contains(g.toRealPath(LinkOption.NOFOLLOW_LINKS))) {
                    Trees.delete(g);
                }
            }
        }
        try (Stream<Path> entries = Files.list(out)) {
            for (Path p : entries.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(".staging-") || (n.startsWith(".") && n.endsWith(DirectoryTree.TEMP_SUFFIX))) {
                    Trees.delete(p);
                }
            }
        }
    }

    /**
     * A new, uniquely named directory with the default permissions (not {@code Files.createTempDirectory},
     * whose owner-only permissions would hide the site from a web server running as another user).
     */
    private static Path newDirectory(Path parent, String prefix) throws IOException {
        while (true) {
            String id = Long.toString(System.currentTimeMillis(), 36) + "-"
                    + Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextInt(0x10000));
            try {
                return Files.createDirectory(parent.resolve(prefix + id));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another directory of this millisecond: draw again
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }
}
