package org.duidu.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The key of a page's template input: a hash of the template's name and the JSON of its model (maps
 * by sorted keys, so the key does not depend on a map's iteration order). Two models with the same
 * key render the same page with the same templates.
 */
final class ModelKey {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ModelKey() {
    }

    /** The key of {@code model} rendered by {@code template}; null when the model cannot be written as JSON (the page is rendered). */
    static String of(String template, Map<String, Object> model) {
        MessageDigest digest = sha256();
        digest.update(template.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            JSON.writeValue(sink, model);
        } catch (IOException | RuntimeException e) {
            return null; // a value Jackson cannot write: no key, so never a stale page
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A SHA-256 digest (render's one place for it: model keys and asset fingerprints). */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
