package org.duidu.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.duidu.model.Erratum;
import org.duidu.model.Inline;

/** Replaces every occurrence of each erratum's text with a marked {@link Inline.Correction}. */
final class ErrataApplier {
    private ErrataApplier() {
    }

    static List<Inline> apply(List<Inline> runs, List<Erratum> errata, Set<Erratum> used) {
        List<Inline> current = runs;
        for (Erratum e : errata) {
            List<Inline> next = new ArrayList<>();
            for (Inline run : current) {
                if (!(run instanceof Inline.Text t) || !t.text().contains(e.find())) {
                    next.add(run);
                    continue;
                }
                used.add(e);
                String text = t.text();
                int from = 0;
                for (int at = text.indexOf(e.find()); at >= 0; at = text.indexOf(e.find(), from)) {
                    if (at > from) {
                        next.add(new Inline.Text(text.substring(from, at)));
                    }
                    next.add(new Inline.Correction(e.replace(), e.find(), e.note()));
                    from = at + e.find().length();
                }
                if (from < text.length()) {
                    next.add(new Inline.Text(text.substring(from)));
                }
            }
            current = next;
        }
        return current;
    }
}
