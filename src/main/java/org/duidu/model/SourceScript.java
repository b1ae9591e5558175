package org.duidu.model;

/** The script a seed is written in, as detected from its characters. */
public enum SourceScript {
    TRADITIONAL, SIMPLIFIED, MIXED;

    /** Lower-case name for summaries and JSON. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
