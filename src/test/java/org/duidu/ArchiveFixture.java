package org.duidu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a test archive of {@value #COUNT} interviews with varied metadata (people, interviewers,
 * sources, dates at day, month and year precision or none, tags), every value chosen by a fixed
 * rule from the interview's number, so the same archive comes out every time. The tests that build
 * it compute what the lists must show from {@link #interviews()}, this class's own record of what
 * it wrote, never from the code under test. The names, sources and tags are hand-written pairs of
 * zh-Hans and zh-Hant forms (the conversion of each is unambiguous).
 */
public final class ArchiveFixture {
    /** How many interviews the archive holds. */
    public static final int COUNT = 45;
    /** The page size its {@code duidu.yaml} sets, so every list of more than seven interviews is paginated. */
    public static final int PAGE_SIZE = 7;

    /** A name in both scripts. */
    public record Name(String hans, String hant) {
    }

    /**
     * One interview as written.
     *
     * @param slug        its file name without extension
     * @param title       its title (written in zh-Hans; the same in zh-Hant only if it has no character that converts)
     * @param date        its date as written ({@code 2024-06-03}, {@code 2024-06}, {@code 2024}) or empty
     * @param interviewees who answers, in order
     * @param interviewer who asks, when a person is named behind 记者
     * @param source      where it was published
     * @param tags        its tags, in order
     * @param word        a word found only in this interview's answers (for search tests)
     */
    public record Written(String slug, String title, String date, List<Name> interviewees, Optional<Name> interviewer,
                          Optional<Name> source, List<Name> tags, String word) {
        /** The first day of the date's period, for ordering ({@code 2024-06} → {@code 2024-06-01}); empty when undated. */
        public String start() {
            if (date.isEmpty()) {
                return "";
            }
            String[] parts = date.split("-");
            return parts[0] + "-" + (parts.length > 1 ? parts[1] : "01") + "-" + (parts.length > 2 ? parts[2] : "01");
        }
    }

    static final List<Name> PEOPLE = List.of(new Name("陈明", "陳明"), new Name("刘华", "劉華"), new Name("张伟", "張偉"),
            new Name("王丽", "王麗"), new Name("李强", "李強"), new Name("赵云", "趙雲"), new Name("孙红", "孫紅"), new Name("黄海", "黃海"));
    static final List<Name> INTERVIEWERS = List.of(new Name("许平", "許平"), new Name("郑东", "鄭東"));
    static final List<Name> SOURCES = List.of(new Name("文学报", "文學報"), new Name("新华社", "新華社"),
            new Name("经济观察报", "經濟觀察報"), new Name("中国青年报", "中國青年報"));
    static final List<Name> TAGS = List.of(new Name("文学", "文學"), new Name("经济", "經濟"), new Name("教育", "教育"),
            new Name("历史", "歷史"), new Name("城市", "城市"), new Name("乡村", "鄉村"));
    /** Words no other text of the archive contains, one per interview (two characters each, unique pairs). */
    private static final String WORDS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

    private ArchiveFixture() {
    }

    /** What the archive holds, interview by interview, in file order. */
    public static List<Written> interviews() {
        List<Written> out = new ArrayList<>();
        for (int i = 1; i <= COUNT; i++) {
            String slug = String.format("a%02d", i);
            // dates: every 9th undated, every 5th only a year, every 3rd only a month, the rest a day;
            // interviews 20 and 21 share a day, so their order falls to the title
            String date;
            int year = 2018 + i % 6;
            int month = 1 + (i * 5 + i / 6) % 12;
            int day = 1 + (i * 11) % 28;
            if (i % 9 == 0) {
                date = "";
            } else if (i == 20 || i == 21) {
                date = "2021-03-15";
            } else if (i % 5 == 0) {
                date = Integer.toString(year);
            } else if (i % 3 == 0) {
                date = String.format("%04d-%02d", year, month);
            } else {
                date = String.format("%04d-%02d-%02d", year, month, day);
            }
            List<Name> interviewees = new ArrayList<>();
            interviewees.add(PEOPLE.get(i % PEOPLE.size()));
            if (i % 4 == 0) {
                interviewees.add(PEOPLE.get((i + 3) % PEOPLE.size()));
            }
            Optional<Name> interviewer = i % 3 == 1 ? Optional.of(INTERVIEWERS.get(i % 2)) : Optional.empty();
            Optional<Name> source = i % 7 == 6 ? Optional.empty() : Optional.of(SOURCES.get((i * 3) % SOURCES.size()));
            List<Name> tags = new ArrayList<>();
            for (int k = 0; k < i % 4; k++) {
                Name tag = TAGS.get((i + k * 2) % TAGS.size());
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            // titles: the day-twins 20 and 21 get titles whose order (一 U+4E00 before 二 U+4E8C) is the reverse of their numbers
            String title = (i == 20 ? "谈话二：" : i == 21 ? "谈话一：" : "访谈第" + i + "号：") + interviewees.get(0).hans() + "谈工作";
            String word = WORDS.substring(i % WORDS.length(), i % WORDS.length() + 1) + WORDS.substring((i / WORDS.length()) % WORDS.length(),
                    (i / WORDS.length()) % WORDS.length() + 1) + "记号" + i;
            out.add(new Written(slug, title, date, List.copyOf(interviewees), interviewer, source, List.copyOf(tags), word));
        }
        return out;
    }

    /**
     * Writes the archive's site project into the directory given and prints its path, for tools outside the
     * tests ({@code scripts/lighthouse.sh} with {@code ARCHIVE=1}): {@code java -cp target/test-classes org.duidu.ArchiveFixture DIR}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/test-classes org.duidu.ArchiveFixture DIR");
            System.exit(2);
        }
        System.out.println(write(Path.of(args[0])));
    }

    /** A term (a quoted phrase) in the last answers of every interview. */
    public static final String SHARED_TERM = "稳中求进";

    /** Writes the archive's site project (seeds, sidecars and a {@code duidu.yaml}) under {@code dir} and returns it. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("duidu.yaml"), "title: 测试文库\npageSize: " + PAGE_SIZE + "\ndefaultEdition: zh-Hans\n");
        for (Written w : interviews()) {
            Files.writeString(dir.resolve("seeds/" + w.slug() + ".txt"), transcript(w));
            Files.writeString(dir.resolve("seeds/" + w.slug() + ".yaml"), sidecar(w));
        }
        return dir;
    }

    private static String transcript(Written w) {
        StringBuilder text = new StringBuilder();
        text.append("本报记者就近期工作采访了").append(w.interviewees().stream().map(Name::hans).reduce((a, b) -> a + "和" + b).orElseThrow())
                .append("。\n");
        text.append("记者：请谈谈今年的工作。\n");
        for (Name person : w.interviewees()) {
            text.append(person.hans()).append("：今年我们做了很多事情，").append(w.word()).append("是其中之一。\n");
        }
        text.append("记者：下一步有什么打算？\n");
        // every interviewee answers: an interview of two has four paragraphs with 我们, one more than the search page shows
        for (Name person : w.interviewees()) {
            // a quoted phrase every interview uses: the site-wide terms index links its first interviews and counts the rest
            text.append(person.hans()).append("：我们会继续努力，坚持“").append(SHARED_TERM).append("”，把工作做得更好。\n");
        }
        return text.toString();
    }

    private static String sidecar(Written w) {
        StringBuilder y = new StringBuilder();
        y.append("title: ").append(w.title()).append('\n');
        if (!w.date().isEmpty()) {
            y.append("date: \"").append(w.date()).append("\"\n");
        }
        w.source().ifPresent(s -> y.append("source: ").append(s.hans()).append('\n'));
        y.append("people:\n");
        for (Name person : w.interviewees()) {
            y.append("  - {name: ").append(person.hans()).append(", role: interviewee}\n");
        }
        w.interviewer().ifPresent(p -> y.append("  - {name: ").append(p.hans()).append(", role: interviewer, label: 记者}\n"));
        if (!w.tags().isEmpty()) {
            y.append("tags: [").append(String.join(", ", w.tags().stream().map(Name::hans).toList())).append("]\n");
        }
        return y.toString();
    }
}
