package org.duidu.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.duidu.diag.Diagnostic;
import org.duidu.diag.DuiduException;

/**
 * What open pages are told about the builds: the number of the last good state of the site (a page
 * loaded from an older one checks whether it changed, and reloads if so) and, while the last attempt
 * failed, every diagnostic of it with its place and the offending source line. Pages render it with
 * {@code textContent} only, so nothing in it is markup.
 *
 * @param build   how many times the served site changed so far: each good build, and each preview of an
 *                edit's pages before the build that publishes them (0: nothing built yet)
 * @param preview whether this state is such a preview (the build of the whole site follows)
 * @param failure the diagnostics of the failed last attempt, or null when it succeeded
 */
record BuildState(int build, boolean preview, ObjectNode failure) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer source lines are cut: the overlay shows the place, not the whole paragraph. */
    private static final int MAX_LINE = 400;

    /** The state after a good build. */
    static BuildState good(int build) {
        return new BuildState(build, false, null);
    }

    /** The state once an edit's own pages are served, before the build of the whole site. */
    static BuildState previewed(int build) {
        return new BuildState(build, true, null);
    }

    /** The state after a failed attempt: the last good build stays, the failure is described. */
    BuildState failed(Throwable error, Path siteDir) {
        return new BuildState(build, false, describe(error, siteDir));
    }

    /** The event a page receives: one line of JSON. */
    String json() {
        ObjectNode node = JSON.createObjectNode().put("build", build).put("preview", preview);
        node.set("failure", failure);
        return node.toString();
    }

    /** The failure as terminal lines: each diagnostic, then the summary. */
    String terminalText() {
        if (failure == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        failure.withArray("diagnostics").forEach(d -> out.append(d.get("text").asText()).append('\n'));
        return out.append(failure.get("summary").asText()).toString();
    }

    private static ObjectNode describe(Throwable error, Path siteDir) {
        ObjectNode failure = JSON.createObjectNode();
        ArrayNode diagnostics = failure.putArray("diagnostics");
        if (error instanceof DuiduException e) {
            failure.put("summary", e.getMessage());
            for (Diagnostic d : e.diagnostics()) {
                ObjectNode item = diagnostics.addObject().put("text", d.format()).put("place", d.span().toString())
                        .put("severity", d.severity().id()).put("code", d.code()).put("message", d.message())
                        .put("line", d.span().line()).put("column", d.span().column());
                sourceLine(siteDir, d.span().file(), d.span().line()).ifPresent(line -> item.put("source", line));
            }
        } else {
            // not a content problem (a StackOverflowError, a SecurityException …): one line, no stack trace
            failure.put("summary", "internal error while building: " + error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage())
                    + " (serve keeps watching; please report this)");
        }
        return failure;
    }

    /** The offending line, read from the seed under the site directory (never outside it). */
    private static java.util.Optional<String> sourceLine(Path siteDir, String file, int line) {
        if (line <= 0 || file == null) {
            return java.util.Optional.empty();
        }
        try {
            Path site = siteDir.toRealPath();
            Path path = site.resolve(file).toRealPath();
            if (!path.startsWith(site) || Files.size(path) > 64L << 20) {
                return java.util.Optional.empty();
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            List<String> lines = List.of(decoder.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString()
                    .split("\r\n|\n|\r", -1));
            if (line > lines.size()) {
                return java.util.Optional.empty();
            }
            String text = lines.get(line - 1).replace("\uFEFF", "");
            return java.util.Optional.of(text.length() > MAX_LINE ? text.substring(0, MAX_LINE) + "…" : text);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty(); // the file went away meanwhile: the place alone still helps
        }
    }
}
