package org.duidu.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** URL names for seeds: the file name without extension, reduced to characters safe in every URL. */
final class Slugs {
    private Slugs() {
    }

    static String of(Path seed) {
        String base = seed.getFileName().toString();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        ascii.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '_' || cp == '-') {
                sb.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp); // CJK file names stay readable; browsers percent-encode them
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        });
        String slug = sb.toString().replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "interview" : slug;
    }
}
