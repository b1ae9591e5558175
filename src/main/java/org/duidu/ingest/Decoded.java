package org.duidu.ingest;

/** Seed text decoded from bytes, line ends normalised to {@code \n}, BOM removed. */
record Decoded(String text, String charset) {
}
