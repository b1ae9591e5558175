package org.duidu.model;

/** What a paragraph is in the interview: the lead, a question, or an answer. */
public enum Role {
    LEAD, QUESTION, ANSWER;

    /** The lower-case name used in URLs, JSON and the search index. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
