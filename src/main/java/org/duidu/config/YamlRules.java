package org.duidu.config;

import java.util.Map;
import org.duidu.diag.DuiduException;
import org.duidu.model.ConversionRule;

/**
 * Reads one conversion rule written in YAML, the same shape in {@code glossary.yaml} and in sidecars:
 * {@code {zh-hans: 着力, zh-hant: 著力}} or {@code {keep: 陳綠平}}.
 */
public final class YamlRules {
    private YamlRules() {
    }

    /**
     * Parses a rule.
     *
     * @param item   the YAML value
     * @param origin where it comes from, for messages and the conversion report
     * @throws DuiduException when the shape is wrong
     */
    public static ConversionRule rule(Object item, String origin) {
        if (!(item instanceof Map<?, ?> m)) {
            throw new DuiduException(origin + ": expected {zh-hans: …, zh-hant: …} or {keep: …}");
        }
        for (Object key : m.keySet()) {
            if (!java.util.Set.of("keep", "zh-hans", "zh-hant").contains(String.valueOf(key))) {
                throw new DuiduException(origin + ": unknown key '" + key + "' (known: keep, zh-hans, zh-hant)");
            }
        }
        Object keep = m.get("keep");
        if (keep != null) {
            return new ConversionRule(keep.toString(), keep.toString(), origin);
        }
        Object hans = m.get("zh-hans");
        Object hant = m.get("zh-hant");
        if (hans == null || hant == null || hans.toString().isEmpty() || hant.toString().isEmpty()) {
            throw new DuiduException(origin + ": needs both zh-hans and zh-hant (or keep)");
        }
        return new ConversionRule(hans.toString(), hant.toString(), origin);
    }
}
