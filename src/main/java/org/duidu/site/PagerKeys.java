package org.duidu.site;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.duidu.render.InterviewSummary;

/**
 * The key of what an interview's pager shows of a neighbour (its stories), per summary object: each
 * summary is the neighbour of two interviews, and in {@code duidu serve} the cached summaries are the
 * same objects build after build, so the key is made once instead of twice per interview per build
 * (JSON of the stories, 20,000 times a rebuild at 10,000 interviews); the build cache keeps each
 * interview's key for the next process ({@link #adopt}). Keeps the keys of the last build only.
 * Thread-safe.
 */
final class PagerKeys {
    private Map<InterviewSummary, String> previous = new IdentityHashMap<>();
    private Map<InterviewSummary, String> current = new IdentityHashMap<>();

    /** The key of {@code neighbour}'s stories; "none" for no neighbour. */
    String of(InterviewSummary neighbour) {
        if (neighbour == null) {
            return "none";
        }
        synchronized (this) {
            String known = current.get(neighbour);
            if (known == null) {
                known = previous.get(neighbour);
            }
            if (known != null) {
                current.put(neighbour, known);
                return known;
            }
        }
        String key = BuildCache.hash(List.of(BuildCache.json(neighbour.stories())));
        synchronized (this) {
            current.put(neighbour, key);
        }
        return key;
    }

    /**
     * Takes the key the build cache kept for a summary it holds (the next process's summaries are new
     * objects): as if the last build had made it for that object.
     */
    synchronized void adopt(InterviewSummary summary, String key) {
        previous.putIfAbsent(summary, key);
    }

    /** Starts a build: the keys used by the last one are kept, older ones let go. */
    synchronized void nextBuild() {
        previous = current;
        current = new IdentityHashMap<>();
    }
}
