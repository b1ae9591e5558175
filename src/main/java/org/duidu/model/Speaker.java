package org.duidu.model;

import java.util.List;

/**
 * A person or role that speaks in the interview.
 *
 * @param label       the label as it precedes turns in the source (記者, 陳綠平)
 * @param interviewer whether this label asks the questions
 * @param name        the person's name, or the label for role words
 * @param titles      titles the lead or sidecar gives (副省長, …), in source order
 */
public record Speaker(String label, boolean interviewer, String name, List<String> titles) {
    public Speaker {
        titles = List.copyOf(titles);
    }
}
