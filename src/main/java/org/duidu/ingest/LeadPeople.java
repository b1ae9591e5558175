package org.duidu.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.duidu.config.RuleFile;

/**
 * Finds the person a lead says was interviewed: "记者专访了中国作协副主席、作家周文。" gives 周文 with the
 * titles 中国作协副主席 and 作家. The verbs and the words titles end with are data
 * ({@code lead-people.txt}); a name is two to four Chinese characters after the last title word.
 */
final class LeadPeople {
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}");
    /** Where the phrase after the verb ends. */
    private static final Pattern PHRASE_END = Pattern.compile("[，,。；;：:！!？?（(“「\"\\s]");

    private final List<String> verbs;
    private final List<String> titleWords;

    private LeadPeople(List<String> verbs, List<String> titleWords) {
        this.verbs = verbs;
        this.titleWords = titleWords;
    }

    /**
     * A person found in a lead.
     *
     * @param name   the name
     * @param titles the titles before it, in order
     */
    record Found(String name, List<String> titles) {
    }

    static LeadPeople builtIn() {
        List<String> lines = RuleFile.lines(LeadPeople.class, "lead-people.txt");
        // longer verbs first, so that 专访了 wins over 专访
        List<String> verbs = lines.stream().filter(l -> l.startsWith("verb\t")).map(l -> l.substring(5))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> titles = lines.stream().filter(l -> l.startsWith("title\t")).map(l -> l.substring(6)).toList();
        return new LeadPeople(verbs, titles);
    }

    Optional<Found> find(String lead) {
        for (int i = 0; i < lead.length(); i++) {
            for (String verb : verbs) {
                if (lead.startsWith(verb, i)) {
                    Optional<Found> found = after(lead.substring(i + verb.length()));
                    if (found.isPresent()) {
                        return found;
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Found> after(String rest) {
        var end = PHRASE_END.matcher(rest);
        String phrase = end.find() ? rest.substring(0, end.start()) : rest;
        List<String> parts = new ArrayList<>(List.of(phrase.split("、")));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String last = parts.remove(parts.size() - 1);
        int titleEnd = 0;
        for (String t : titleWords) {
            int at = last.lastIndexOf(t);
            if (at >= 0) {
                titleEnd = Math.max(titleEnd, at + t.length());
            }
        }
        String name = last.substring(titleEnd).strip();
        if (!NAME.matcher(name).matches() || (titleEnd == 0 && !parts.isEmpty())) {
            return Optional.empty();
        }
        if (titleEnd == 0 && name.length() > 3) {
            return Optional.empty(); // no title word and four characters: more likely a phrase than a name
        }
        List<String> titles = new ArrayList<>(parts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (titleEnd > 0) {
            titles.add(last.substring(0, titleEnd).strip());
        }
        return Optional.of(new Found(name, titles));
    }
}
