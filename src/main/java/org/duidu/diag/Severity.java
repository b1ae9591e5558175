package org.duidu.diag;

/**
 * How bad a diagnostic is: errors fail the build, warnings do not (unless {@code --strict}), notes
 * only tell what was left out on purpose (a draft, a file that is not a seed) and never fail.
 */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** Lower-case name as printed. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
