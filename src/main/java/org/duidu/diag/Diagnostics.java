package org.duidu.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.duidu.model.SourceSpan;

/**
 * Collects diagnostics across stages, up to a cap (so a pathological file cannot flood the
 * terminal), in the order they were found. Not thread-safe: one per build.
 */
public final class Diagnostics {
    /** The default cap on collected diagnostics. */
    public static final int DEFAULT_LIMIT = 1000;

    private final List<Diagnostic> items = new ArrayList<>();
    private final int limit;
    private int dropped;
    private long errors;
    private long warnings;
    private SourceSpan firstDropped;

    /** A collector with the default cap. */
    public Diagnostics() {
        this(DEFAULT_LIMIT);
    }

    /** A collector keeping at most {@code limit} diagnostics. */
    public Diagnostics(int limit) {
        this.limit = limit;
    }

    /** Records a diagnostic. */
    public void add(Diagnostic d) {
        if (d.severity() == Severity.ERROR) {
            errors++;
        } else if (d.severity() == Severity.WARNING) {
            warnings++;
        }
        if (items.size() < limit) {
            items.add(d);
        } else {
            if (dropped == 0) {
                firstDropped = d.span();
            }
            dropped++;
        }
    }

    /**
     * Records everything another collector holds, in its order, with its counts (diagnostics it
     * dropped beyond its cap still count). For merging what parallel workers found.
     */
    public void addAll(Diagnostics other) {
        long otherErrors = other.errors;
        long otherWarnings = other.warnings;
        for (Diagnostic d : other.items) {
            add(d);
        }
        // the other's dropped ones count too, as they did there
        errors += otherErrors - other.items.stream().filter(d -> d.severity() == Severity.ERROR).count();
        warnings += otherWarnings - other.items.stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (other.dropped > 0) {
            if (dropped == 0) {
                firstDropped = other.firstDropped;
            }
            dropped += other.dropped;
        }
    }

    /** Records an error. */
    public void error(String code, SourceSpan span, String message) {
        add(new Diagnostic(Severity.ERROR, code, span, message));
    }

    /** Records a warning. */
    public void warning(String code, SourceSpan span, String message) {
        add(new Diagnostic(Severity.WARNING, code, span, message));
    }

    /** Records a note: something left out on purpose, which never fails a build. */
    public void note(String code, SourceSpan span, String message) {
        add(new Diagnostic(Severity.NOTE, code, span, message));
    }

    /**
     * Everything collected, sorted by file, line and column; when the cap dropped some, a last
     * warning says how many, so nothing goes missing silently.
     */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(items.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.span().file())
                        .thenComparingInt(d -> d.span().line())
                        .thenComparingInt(d -> d.span().column()))
                .toList());
        if (dropped > 0) {
            sorted.add(new Diagnostic(Severity.WARNING, "too-many-diagnostics", firstDropped,
                    dropped + " more diagnostic(s) not shown, the first of them here"));
        }
        return sorted;
    }

    /** Number of errors. */
    public long errorCount() {
        return errors; // counted as added: an error beyond the cap still fails the build
    }

    /** Number of warnings. */
    public long warningCount() {
        return warnings;
    }

    /** Whether any error was recorded. */
    public boolean hasErrors() {
        return errorCount() > 0;
    }

}
