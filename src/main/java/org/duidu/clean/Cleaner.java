package org.duidu.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duidu.diag.Diagnostics;
import org.duidu.diag.FileFailure;
import org.duidu.model.Erratum;
import org.duidu.model.Inline;
import org.duidu.model.Interview;
import org.duidu.model.Metadata;
import org.duidu.model.Paragraph;
import org.duidu.model.Reading;
import org.duidu.model.SourceSpan;
import org.duidu.model.Speaker;

/**
 * Cleans a parsed interview: errata first (they may replace garbled text), then garble detection,
 * then annotation stripping. The source file is never modified; cleaning is idempotent.
 * One instance per build (it holds the loaded rule tables); immutable.
 */
public final class Cleaner {
    private final AnnotationStripper annotations;
    private final GarbleDetector garbles;

    private Cleaner(AnnotationStripper annotations, GarbleDetector garbles) {
        this.annotations = annotations;
        this.garbles = garbles;
    }

    /** A cleaner with the built-in rules. */
    public static Cleaner create() {
        return new Cleaner(AnnotationStripper.builtIn(), GarbleDetector.builtIn());
    }

    /**
     * Cleans an interview.
     *
     * @param interview   the parsed interview
     * @param errata      the sidecar's corrections
     * @param diagnostics where garbled text and unused errata are reported
     * @throws FileFailure when cleaning itself fails (a bug): it names the seed
     */
    public Interview clean(Interview interview, List<Erratum> errata, Diagnostics diagnostics) {
        try {
            return cleanChecked(interview, errata, diagnostics);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new FileFailure(interview.file(), e); // the command line names the file and exits 3
        }
    }

    private Interview cleanChecked(Interview interview, List<Erratum> errata, Diagnostics diagnostics) {
        Set<Erratum> used = new HashSet<>();
        Interview cleaned = interview.mapParagraphs(p -> clean(p, errata, used, diagnostics));
        String sidecar = interview.file().replaceAll("\\.[^./]+$", "") + ".yaml";
        for (Erratum e : errata) {
            if (!used.contains(e)) {
                diagnostics.warning("erratum-unused", new SourceSpan(sidecar, e.line(), 1),
                        "erratum find: '" + e.find() + "' matches no text in " + interview.file());
            }
        }
        Metadata meta = cleaned.metadata().mapText(t -> annotations.strip(t).text());
        List<Speaker> speakers = cleaned.speakers().stream()
                .map(s -> new Speaker(s.label(), s.interviewer(), annotations.strip(s.name()).text(),
                        s.titles().stream().map(t -> annotations.strip(t).text()).toList()))
                .toList();
        return cleaned.withHeader(meta, speakers);
    }

    private Paragraph clean(Paragraph p, List<Erratum> errata, Set<Erratum> used, Diagnostics diagnostics) {
        List<Inline> corrected = ErrataApplier.apply(p.inlines(), errata, used);
        List<Inline> checked = new ArrayList<>();
        int rawOffset = 0;
        for (Inline run : corrected) {
            if (run instanceof Inline.Text t) {
                checked.addAll(garbles.split(t.text(), p.span().advance(rawOffset), diagnostics));
                rawOffset += t.text().codePointCount(0, t.text().length());
            } else {
                checked.add(run);
                String raw = run instanceof Inline.Correction c ? c.original() : run.text();
                rawOffset += raw.codePointCount(0, raw.length());
            }
        }
        List<Inline> stripped = new ArrayList<>();
        List<Reading> readings = new ArrayList<>(p.readings());
        int cleanOffset = 0;
        for (Inline run : checked) {
            if (run instanceof Inline.Text t) {
                AnnotationStripper.Result r = annotations.strip(t.text());
                for (Reading reading : r.readings()) {
                    readings.add(new Reading(cleanOffset + reading.offset(), reading.character(), reading.pinyin()));
                }
                stripped.add(new Inline.Text(r.text()));
            } else {
                stripped.add(run);
            }
            cleanOffset += stripped.get(stripped.size() - 1).text().codePointCount(0, stripped.get(stripped.size() - 1).text().length());
        }
        return p.withContent(merge(stripped), readings);
    }

    /** Joins adjacent text runs so that later stages convert whole phrases. */
    private static List<Inline> merge(List<Inline> runs) {
        List<Inline> out = new ArrayList<>();
        for (Inline run : runs) {
            if (run instanceof Inline.Text t && t.text().isEmpty()) {
                continue;
            }
            if (run instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else {
                out.add(run);
            }
        }
        return out;
    }
}
