package org.duidu.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.duidu.render.InterviewSummary;

/**
 * Runs every seed through {@link InterviewJob} on a pool sized to the cores and hands each finished
 * interview to a sink (render its pages, index it) as soon as its neighbours' summaries are known
 * (its pager links to them). At most {@link #WINDOW_PER_THREAD} interviews per thread are in flight,
 * so the corpus's text is never held at once. The sink writes files by path only, so the output
 * does not depend on which thread finishes first.
 */
final class InterviewPipeline {
    /** How many interviews per worker may be read but not yet rendered. */
    static final int WINDOW_PER_THREAD = 4;

    /** What happens to a prepared interview: its pages and index documents. */
    interface Sink {
        void accept(int index, InterviewJob.Outcome outcome, InterviewSummary previous, InterviewSummary next) throws IOException;
    }

    private final List<Path> files;
    private final Function<Path, InterviewJob.Outcome> job;
    private final Sink sink;
    private final InterviewJob.Outcome[] outcomes;
    private final boolean[] rendered;
    private final Semaphore window;
    private final Object lock = new Object();
    /** The failure of the lowest-numbered interview, so the report does not depend on scheduling. */
    private int failedAt = Integer.MAX_VALUE;
    private Throwable failure;

    private InterviewPipeline(List<Path> files, Function<Path, InterviewJob.Outcome> job, Sink sink, int threads) {
        this.files = files;
        this.job = job;
        this.sink = sink;
        this.outcomes = new InterviewJob.Outcome[files.size()];
        this.rendered = new boolean[files.size()];
        this.window = new Semaphore(WINDOW_PER_THREAD * threads);
    }

    /**
     * Prepares and sinks every file.
     *
     * @return the outcomes, in the order of {@code files}, without their interviews' text
     * @throws IOException when the sink failed to write
     */
    static List<InterviewJob.Outcome> run(List<Path> files, Function<Path, InterviewJob.Outcome> job, Sink sink, int threads)
            throws IOException {
        return new InterviewPipeline(files, job, sink, threads).run(threads);
    }

    private List<InterviewJob.Outcome> run(int threads) throws IOException {
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "duidu-build-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < files.size() && !failed(); i++) {
                window.acquireUninterruptibly();
                int index = i;
                pool.execute(() -> prepare(index));
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a large corpus takes minutes: keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        rethrow();
        return Arrays.asList(outcomes);
    }

    private void prepare(int i) {
        InterviewJob.Outcome outcome;
        try {
            outcome = job.apply(files.get(i));
        } catch (RuntimeException | Error e) {
            fail(i, e);
            outcome = null;
        }
        List<Integer> ready;
        synchronized (lock) {
            outcomes[i] = outcome != null ? outcome : InterviewJob.Outcome.failed("", "", "", new org.duidu.diag.Diagnostics());
            ready = claimReady(i);
        }
        for (int j : ready) {
            sink(j);
        }
    }

    /**
     * The interviews whose pages can now be written, marked as taken: i itself and the nearest
     * unwritten ones on each side (a seed that gives no interview, a draft, is skipped over by the
     * pager, so readiness reaches past it).
     */
    private List<Integer> claimReady(int i) {
        List<Integer> candidates = new ArrayList<>();
        candidates.add(i);
        for (int step : new int[] {-1, 1}) {
            for (int k = i + step; k >= 0 && k < outcomes.length && outcomes[k] != null; k += step) {
                candidates.add(k);
                if (outcomes[k].summary().isPresent()) {
                    break;
                }
            }
        }
        List<Integer> ready = new ArrayList<>(candidates.size());
        for (int j : candidates) {
            if (!rendered[j] && outcomes[j] != null && (outcomes[j].summary().isEmpty()
                    || (neighbour(j, -1).isPresent() && neighbour(j, 1).isPresent()))) {
                rendered[j] = true;
                ready.add(j);
            }
        }
        return ready;
    }

    /**
     * The summary of the nearest interview before ({@code step} -1) or after (+1) j: empty while not
     * known yet, an empty inner value when there is none.
     */
    private Optional<Optional<InterviewSummary>> neighbour(int j, int step) {
        for (int k = j + step; k >= 0 && k < outcomes.length; k += step) {
            if (outcomes[k] == null) {
                return Optional.empty();
            }
            if (outcomes[k].summary().isPresent()) {
                return Optional.of(outcomes[k].summary());
            }
        }
        return Optional.of(Optional.empty());
    }

    private void sink(int j) {
        try {
            InterviewJob.Outcome o;
            InterviewSummary previous;
            InterviewSummary next;
            synchronized (lock) {
                o = outcomes[j];
                previous = o.summary().isEmpty() ? null : neighbour(j, -1).orElseThrow().orElse(null);
                next = o.summary().isEmpty() ? null : neighbour(j, 1).orElseThrow().orElse(null);
            }
            if (o.summary().isPresent()) {
                sink.accept(j, o, previous, next);
            }
            synchronized (lock) {
                outcomes[j] = o.lean(); // the text is written: let it go
            }
        } catch (IOException e) {
            fail(j, new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
            fail(j, e);
        } finally {
            window.release();
        }
    }

    private void fail(int i, Throwable e) {
        synchronized (lock) {
            if (i < failedAt) {
                failedAt = i;
                failure = e;
            }
        }
    }

    private boolean failed() {
        synchronized (lock) {
            return failure != null;
        }
    }

    private void rethrow() throws IOException {
        org.duidu.diag.Rethrow.ifFailed(failure);
    }
}
