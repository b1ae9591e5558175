package org.duidu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.duidu.diag.Diagnostic;

/** Prints diagnostics as {@code FILE:LINE:COL: severity: code: message} lines or as JSON (DESIGN §6). */
final class DiagnosticPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiagnosticPrinter() {
    }

    static void text(List<Diagnostic> diagnostics, PrintWriter out) {
        diagnostics.forEach(d -> out.println(d.format()));
        out.flush();
    }

    static void json(List<Diagnostic> diagnostics, PrintWriter out) {
        ArrayNode array = JSON.createArrayNode();
        for (Diagnostic d : diagnostics) {
            ObjectNode o = array.addObject();
            o.put("file", d.span().file());
            o.put("line", d.span().line());
            o.put("column", d.span().column());
            o.put("severity", d.severity().id());
            o.put("code", d.code());
            o.put("message", d.message());
        }
        out.println(array.toPrettyString());
        out.flush();
    }
}
