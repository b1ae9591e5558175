package org.duidu.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.duidu.convert.Converter;

/**
 * The site's own texts (its title, its prose pages) in both scripts, remembered in the build cache
 * under the key of everything conversion depends on: a build whose seeds all come from the cache
 * then never loads the conversion dictionaries. A text the cache lacks is converted afresh.
 */
final class SiteTexts {
    private final Supplier<Converter> converter;
    private final Map<String, List<String>> previous;
    private final Map<String, List<String>> used = new TreeMap<>();

    /**
     * @param converter the dictionaries, loaded when first needed
     * @param previous  text → [zh-Hans, zh-Hant] from the previous build with the same content key (or empty)
     */
    SiteTexts(Supplier<Converter> converter, Map<String, List<String>> previous) {
        this.converter = converter;
        this.previous = previous;
    }

    String toHans(String text) {
        return forms(text).get(0);
    }

    String toHant(String text) {
        return forms(text).get(1);
    }

    private synchronized List<String> forms(String text) {
        return used.computeIfAbsent(text, t -> {
            List<String> known = previous.get(t);
            if (known != null && known.size() == 2) {
                return known;
            }
            Converter c = converter.get();
            return List.of(c.toHans(t), c.toHant(t));
        });
    }

    /** Every text converted or taken from the cache by this build: what the next build's cache keeps. */
    synchronized Map<String, List<String>> used() {
        return Map.copyOf(used);
    }
}
