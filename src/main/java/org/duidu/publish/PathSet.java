package org.duidu.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A thread-safe set of a site's file paths in an open-addressing table (linear probing, deletion by
 * backward shift): about 5 bytes a path besides the path itself, where
 * {@code ConcurrentHashMap.newKeySet()} takes about 40. A build holds three such sets of every file it
 * writes (what Duidu owns, what changed, what is live), to its end: at 100,000 interviews, 860,000
 * paths each, and their nodes were a tenth of what the build held when its heap ran out. Writers add a
 * few paths an interview, so one lock costs nothing that shows.
 */
public final class PathSet {
    private static final int MIN_CAPACITY = 16;

    private String[] table = new String[MIN_CAPACITY];
    private int size;

    /** Adds {@code path}; whether it was not there. */
    public synchronized boolean add(String path) {
        Objects.requireNonNull(path, "path");
        if ((size + 1) * 4L > table.length * 3L) {
            rehash(table.length * 2);
        }
        int mask = table.length - 1;
        for (int i = slot(path, mask); ; i = (i + 1) & mask) {
            String here = table[i];
            if (here == null) {
                table[i] = path;
                size++;
                return true;
            }
            if (here.equals(path)) {
                return false;
            }
        }
    }

    /** Adds every path of {@code paths}. */
    public synchronized void addAll(Collection<String> paths) {
        paths.forEach(this::add);
    }

    /** Whether {@code path} is in the set. */
    public synchronized boolean contains(String path) {
        return find(path) >= 0;
    }

    /** Removes {@code path}; whether it was there. */
    public synchronized boolean remove(String path) {
        int hole = find(path);
        if (hole < 0) {
            return false;
        }
        int mask = table.length - 1;
        table[hole] = null;
        size--;
        // every path after the hole up to the next empty slot that would no longer be found moves into it
        for (int j = (hole + 1) & mask; table[j] != null; j = (j + 1) & mask) {
            int home = slot(table[j], mask);
            boolean reachable = hole <= j ? home > hole && home <= j : home > hole || home <= j;
            if (!reachable) {
                table[hole] = table[j];
                table[j] = null;
                hole = j;
            }
        }
        return true;
    }

    /** How many paths the set holds. */
    public synchronized int size() {
        return size;
    }

    /** The paths, sorted (a copy). */
    public synchronized List<String> sorted() {
        List<String> paths = new ArrayList<>(size);
        for (String p : table) {
            if (p != null) {
                paths.add(p);
            }
        }
        paths.sort(null);
        return paths;
    }

    /** The paths as an immutable set (a copy). */
    public synchronized Set<String> toSet() {
        return Set.of(Arrays.stream(table).filter(Objects::nonNull).toArray(String[]::new));
    }

    private int find(String path) {
        int mask = table.length - 1;
        for (int i = slot(path, mask); ; i = (i + 1) & mask) {
            String here = table[i];
            if (here == null) {
                return -1;
            }
            if (here.equals(path)) {
                return i;
            }
        }
    }

    private void rehash(int capacity) {
        String[] old = table;
        table = new String[capacity];
        int mask = capacity - 1;
        for (String p : old) {
            if (p != null) {
                int i = slot(p, mask);
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = p;
            }
        }
    }

    /** The home slot: the hash's high bits mixed in, as a path's differ mostly at its end. */
    private static int slot(String path, int mask) {
        int h = path.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
