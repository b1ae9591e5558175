package org.duidu.model;

import java.util.List;
import java.util.Optional;

/**
 * A person the sidecar or front matter names ({@code people: [{name: 周文, role: interviewee, titles: [作家]}]}).
 *
 * @param name        the person's name
 * @param interviewer whether the person asks the questions ({@code role: interviewer})
 * @param titles      titles, in order (作家, 同济大学教授)
 * @param label       the label their turns carry when it is not their name ({@code 答}, {@code Q}), if given
 * @param line        the line of the entry, for diagnostics
 */
public record Person(String name, boolean interviewer, List<String> titles, Optional<String> label, int line) {
    public Person {
        titles = List.copyOf(titles);
    }
}
