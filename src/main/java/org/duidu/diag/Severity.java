package org.duidu.diag;

/** How bad a diagnostic is: errors fail the build, warnings do not (unless {@code --strict}). */
public enum Severity {
    ERROR, WARNING;

    /** Lower-case name as printed. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
