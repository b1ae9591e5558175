package org.duidu.diag;

import org.duidu.model.SourceSpan;

/**
 * One content problem, printed as {@code FILE:LINE:COL: severity: code: message}.
 *
 * @param severity error or warning
 * @param code     a stable kebab-case identifier ({@code garbled-text})
 * @param span     where it is
 * @param message  what is wrong and, where possible, how to fix it
 */
public record Diagnostic(Severity severity, String code, SourceSpan span, String message) {

    /** The one-line form used on the terminal. */
    public String format() {
        return span + ": " + severity.id() + ": " + code + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
