package org.duidu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duidu.SeedFixture;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Interview;
import org.duidu.model.Paragraph;
import org.duidu.model.Role;
import org.duidu.model.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parsing the real seed: the facts an editor can check by reading the file. */
class IngestSeedTest {
    private static Interview interview;
    private static Diagnostics diagnostics;

    @BeforeAll
    static void parse() {
        diagnostics = new Diagnostics();
        interview = Ingest.read(SeedFixture.siteDir(), SeedFixture.seed(), diagnostics).orElseThrow().interview();
    }

    @Test
    void leadIsTheFirstParagraph() {
        assertThat(interview.lead()).hasSize(1);
        Paragraph lead = interview.lead().get(0);
        assertThat(lead.number()).isEqualTo(1);
        assertThat(lead.role()).isEqualTo(Role.LEAD);
        assertThat(lead.text()).startsWith("省委十三屆四次全會").endsWith("陳綠平。");
    }

    @Test
    void fourSectionsOfTwentyThreeParagraphsInSourceOrder() {
        assertThat(interview.sections()).extracting(Section::anchor).containsExactly("q1", "q2", "q3", "q4");
        List<Paragraph> all = interview.paragraphs();
        assertThat(all).hasSize(23);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).number()).isEqualTo(i + 1);
            assertThat(all.get(i).span().line()).as("paragraph %d is line %d", i + 1, i + 1).isEqualTo(i + 1);
        }
        // questions are lines 2, 8, 11 and 18 of the file
        assertThat(interview.sections()).extracting(s -> s.paragraphs().get(0).number()).containsExactly(2, 8, 11, 18);
        assertThat(interview.sections()).extracting(s -> s.paragraphs().size()).containsExactly(6, 3, 7, 6);
    }

    @Test
    void interviewerAndIntervieweeComeFromTheLabels() {
        assertThat(interview.speakers()).hasSize(2);
        assertThat(interview.speakers().get(0).label()).isEqualTo("記者");
        assertThat(interview.speakers().get(0).interviewer()).isTrue();
        assertThat(interview.interviewees()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("陳綠平");
            // the raw lead still carries its glued annotation; the cleaner strips it
            assertThat(s.titles()).containsExactly("副省長", "沈撫示范區(qū)黨工委書記");
        });
        for (Section s : interview.sections()) {
            assertThat(s.paragraphs().get(0).role()).isEqualTo(Role.QUESTION);
            assertThat(s.paragraphs().get(0).speaker()).isEqualTo("記者");
            assertThat(s.answers()).allSatisfy(p -> assertThat(p.speaker()).isEqualTo("陳綠平"));
            assertThat(s.answers()).hasSize(s.paragraphs().size() - 1);
        }
    }

    @Test
    void labelsAreNotPartOfTheText() {
        assertThat(interview.sections().get(0).paragraphs().get(0).text()).startsWith("省委全會對深入學習");
        assertThat(interview.sections().get(0).paragraphs().get(1).text()).startsWith("黨的二十大是");
        // text starts after "陳綠平:" — column 5
        assertThat(interview.sections().get(0).paragraphs().get(1).span().column()).isEqualTo(5);
    }

    @Test
    void twelveNumberedPointsThreeFiveFour() {
        assertThat(interview.sections()).extracting(s -> s.paragraphs().stream().filter(Paragraph::point).count())
                .containsExactly(3L, 0L, 5L, 4L);
        assertThat(interview.paragraphs().stream().filter(Paragraph::point).map(Paragraph::number))
                .containsExactly(4, 5, 6, 13, 14, 15, 16, 17, 20, 21, 22, 23);
    }

    @Test
    void parsingRaisesNoDiagnostics() {
        assertThat(diagnostics.all()).isEmpty();
    }
}
