package org.duidu.convert;

/**
 * A built-in correction (rule layer 2): wherever {@code key} is matched, {@code value} is written.
 * Each correction carries an example sentence and its expected conversion; the test suite checks
 * every one, so a correction that stops working is noticed.
 *
 * @param key      the text as it appears in the input of the conversion
 * @param value    what the conversion writes (for zh-Hant: OpenCC standard forms, before regional variants)
 * @param example  a sentence containing the key
 * @param expected the example's correct conversion (for zh-Hant: Taiwan forms)
 * @param origin   file and line, for reports
 */
record Correction(String key, String value, String example, String expected, String origin) {
}
