package org.duidu.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.duidu.model.ConversionRule;

/**
 * Rule layers 3 and 4 (the site's glossary, the interview's own rules): a rule's either form found in
 * the text is written in the edition's form, and the text around it is converted by the engine. They
 * are applied before the engine looks at the text, so they win over any engine phrase that overlaps
 * them. Later rules override earlier ones with the same form.
 */
final class Rules {
    private final Map<String, ConversionRule> byForm = new HashMap<>();
    private final PhraseTrie trie;

    Rules(List<ConversionRule> rules) {
        for (ConversionRule r : rules) {
            byForm.put(r.hans(), r);
            byForm.put(r.hant(), r);
        }
        byForm.remove("");
        this.trie = byForm.isEmpty() ? null : PhraseTrie.of(byForm);
    }

    /** The text with rule forms written for the target and everything else passed to {@code engine}. */
    String apply(String text, boolean toHans, UnaryOperator<String> engine) {
        if (trie == null || text.isEmpty()) {
            return engine.apply(text);
        }
        char[] t = text.toCharArray();
        StringBuilder out = new StringBuilder(t.length + 16);
        int gap = 0;
        int i = 0;
        while (i < t.length) {
            int len = trie.longest(t, i, t.length);
            if (len == 0) {
                i++;
                continue;
            }
            if (gap < i) {
                out.append(engine.apply(new String(t, gap, i - gap)));
            }
            ConversionRule r = byForm.get(new String(t, i, len));
            out.append(toHans ? r.hans() : r.hant());
            i += len;
            gap = i;
        }
        if (gap < t.length) {
            out.append(engine.apply(new String(t, gap, t.length - gap)));
        }
        return out.toString();
    }
}
