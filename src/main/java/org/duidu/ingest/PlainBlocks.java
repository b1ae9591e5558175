package org.duidu.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits a plain transcript into blocks: every non-blank line is one. */
final class PlainBlocks {
    private PlainBlocks() {
    }

    static List<SourceBlock> split(String text) {
        List<SourceBlock> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            int indent = line.codePointCount(0, line.indexOf(stripped.charAt(0)));
            out.add(new SourceBlock(i + 1, indent + 1, stripped, false));
        }
        return out;
    }
}
