package org.duidu.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.duidu.diag.DuiduException;

/**
 * One build at a time per output directory.
 *
 * <p>The exclusion is an operating-system lock on the marker file {@code OUT/.duidu-output}, which
 * the system releases when the process dies, even by {@code kill -9}: a dead build's lock is never
 * stale. Who holds it is written to {@code OUT/.lock} (pid, host, start time) for the message a
 * second build prints; a {@code .lock} found when the lock is free is a killed build's, taken over
 * with a note. The marker is never deleted or rewritten, so the lock is always on the file readers
 * of the path see.
 */
final class OutputLock implements AutoCloseable {
    static final String INFO = ".lock";

    /**
     * Output directories locked by this process. A process-wide record is unavoidable here: POSIX
     * locks belong to the process, so a second build in the same JVM (serve, tests) would acquire the
     * lock again, and closing its channel would silently drop the first build's lock.
     */
    private static final Map<Path, String> HELD_BY_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Path out;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path out, FileChannel channel, FileLock lock) {
        this.out = out;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code out} (whose marker must exist).
     *
     * @param notes receives a note when a killed build's lock is taken over
     * @throws DuiduException when another build holds it, naming that build
     */
    static OutputLock acquire(Path out, List<String> notes) throws IOException {
        Path key = out.toRealPath();
        String holder = describeThisBuild();
        if (HELD_BY_THIS_PROCESS.putIfAbsent(key, holder) != null) {
            throw busy(out, HELD_BY_THIS_PROCESS.get(key));
        }
        try {
            FileChannel channel = FileChannel.open(out.resolve(OutputMarker.NAME), StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw busy(out, readInfo(out));
            }
            String previous = readInfo(out);
            if (!previous.isBlank()) {
                notes.add("took over the lock of a build that did not finish (" + previous + "); its leftovers are removed");
            }
            Path info = out.resolve(INFO);
            Path temp = out.resolve(INFO + "." + ProcessHandle.current().pid() + DirectoryTree.TEMP_SUFFIX);
            Files.writeString(temp, holder);
            Files.move(temp, info, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new OutputLock(key, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD_BY_THIS_PROCESS.remove(key);
            throw e;
        }
    }

    private static DuiduException busy(Path out, String holder) {
        return new DuiduException(out + " is being built by another duidu (" + (holder.isBlank() ? "it is starting" : holder)
                + "); wait for it to finish, or build into another --out");
    }

    private static String readInfo(Path out) throws IOException {
        try {
            return Files.readString(out.resolve(INFO), StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    private static String describeThisBuild() {
        // not InetAddress.getLocalHost(): a name lookup can take seconds on a machine without DNS
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = Files.readString(Path.of("/etc/hostname")).strip();
            } catch (IOException e) {
                host = "";
            }
        }
        if (host.isBlank()) {
            host = "unknown host";
        }
        return "pid " + ProcessHandle.current().pid() + " on " + host + ", started "
                + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** Removes the holder record, then releases the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(out.resolve(INFO));
        } catch (IOException e) {
            // a .lock left behind is taken over by the next build with a note
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        } finally {
            HELD_BY_THIS_PROCESS.remove(out);
        }
    }
}
