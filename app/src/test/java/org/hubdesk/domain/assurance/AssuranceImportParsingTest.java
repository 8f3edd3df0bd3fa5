package org.hubdesk.domain.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of a returned self-assessment or a dataset is checked, and each problem named with its row. */
class AssuranceImportParsingTest {
    @Test
    void aGoodReturnHasOneRowPerStandardAndNoErrors() {
        AssessmentImport.Result r = AssessmentImport.parse(template(AuditKind.SECTION_11, "4"), AuditKind.SECTION_11);
        assertThat(r.fileErrors()).isEmpty();
        assertThat(r.roundId()).isEqualTo(7L);
        assertThat(r.organisation()).isEqualTo("Northbridge Constabulary");
        assertThat(r.rows()).hasSize(8).noneMatch(AssessmentImport.Row::hasErrors);
        assertThat(r.rows().get(0).rating()).isEqualTo(SelfRating.FULLY_MET);
    }

    @Test
    void badRatingsUnknownStandardsMissingEvidenceAndGapsAreEachReported() {
        List<List<String>> t = template(AuditKind.SECTION_11, "3");
        t.set(6, List.of("1", "Leadership and Accountability", "7", "Board minutes", "", ""));
        t.set(7, List.of("2", "Policies", "3", "x", "", ""));
        t.set(8, List.of("3", "Recruitment and Selection", "2", "", "", ""));
        t.set(9, List.of("9", "Something else", "2", "x", "", ""));
        t.set(10, List.of("3", "Recruitment and Selection", "2", "x", "", ""));
        AssessmentImport.Result r = AssessmentImport.parse(t, AuditKind.SECTION_11);
        assertThat(r.rows().get(0).errors()).containsExactly("A rating is 1 (not met), 2 (partly met), 3 (mostly met) or 4 (fully met), not 7");
        assertThat(r.rows().get(1).errors()).containsExactly("Standard 2 is 'Policies and Procedures', not 'Policies'");
        assertThat(r.rows().get(2).errors()).containsExactly("A rating needs its evidence");
        assertThat(r.rows().get(3).errors()).containsExactly("'9' is not a standard of Section 11 (1 to 8)");
        assertThat(r.rows().get(4).errors()).containsExactly("Standard 3 is in the file twice");
        assertThat(r.fileErrors()).containsExactly("Standards 4, 5 of Section 11 have no row");
        assertThat(r.rows().get(3).rowNumber()).isEqualTo(10);
    }

    @Test
    void aFileWithoutTheTemplatesHeadingOrOrganisationIsRefusedAsAWhole() {
        AssessmentImport.Result none = AssessmentImport.parse(List.of(List.of("Name", "Score")), AuditKind.SECTION_175);
        assertThat(none.fileErrors()).singleElement().asString().contains("No heading row");
        List<List<String>> t = template(AuditKind.SECTION_175, "2");
        t.set(2, List.of("Agency or school", ""));
        assertThat(AssessmentImport.parse(t, AuditKind.SECTION_175).fileErrors()).singleElement().asString().contains("which school");
    }

    @Test
    void theDatasetNeedsAThemeForANewIndicatorANumberAndAQuarterOnEachRow() {
        Indicator known = new Indicator(5, "Contacts to MASH", "Referrals to MASH and Early Help", "Children's Social Care", null,
                Polarity.NEITHER, null);
        List<List<String>> t = List.of(
                List.of("Multi-agency dataset"),
                List.of("Indicator", "Theme", "Agency", "Unit", "Polarity", "Target", "Quarter", "Value", "Commentary"),
                List.of("Contacts to MASH", "", "", "", "", "", "2026-04", "1,820", "Steady"),
                List.of("Missing episodes", "Children missing from home/care", "Police", "episodes", "lower", "150", "2026 Q2", "141", ""),
                List.of("Missing episodes", "", "", "", "", "", "2026 Q2", "139", ""),
                List.of("New thing", "", "", "", "", "", "2026-07", "12", ""),
                List.of("Contacts to MASH", "", "", "", "sideways", "", "2026-05", "lots", ""),
                List.of("", "", "", "", "", "", "", "", ""));
        PerformanceImport.Result r = PerformanceImport.parse(t, List.of(known));
        assertThat(r.fileErrors()).isEmpty();
        assertThat(r.rows()).hasSize(5);
        assertThat(r.rows().get(0).errors()).isEmpty();
        assertThat(r.rows().get(0).value()).isEqualTo(1820.0);
        assertThat(r.rows().get(0).newIndicator()).isFalse();
        assertThat(r.rows().get(1).errors()).isEmpty();
        assertThat(r.rows().get(1).newIndicator()).isTrue();
        assertThat(r.rows().get(1).indicator().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(r.rows().get(1).indicator().target()).isEqualTo(150.0);
        assertThat(r.rows().get(2).errors()).containsExactly("'Missing episodes' has Apr-Jun 2026 twice in the file");
        assertThat(r.rows().get(3).errors()).singleElement().asString().contains("new indicator: give its theme");
        assertThat(r.rows().get(4).errors()).contains("'sideways' is not a polarity: use higher, lower or neither",
                "2026-05 does not start a quarter: quarters start in January, April, July or October", "The value 'lots' is not a number");
        assertThat(r.rows().get(4).rowNumber()).isEqualTo(7);
    }

    @Test
    void anUnfilledTemplateIsNotAReturn() {
        assertThat(AssessmentImport.parse(template(AuditKind.VCS, ""), AuditKind.VCS).fileErrors())
                .containsExactly("No standard is rated: fill in the Rating (1-4) column before importing the return");
    }

    @Test
    void aDatasetWithoutItsHeadingsIsRefused() {
        assertThat(PerformanceImport.parse(List.of(List.of("a", "b")), List.of()).fileErrors())
                .containsExactly("No heading row with Indicator, Quarter and Value was found");
        assertThat(PerformanceImport.parse(List.of(List.of("Indicator", "Value")), List.of()).fileErrors())
                .containsExactly("The heading row has no Quarter column");
    }

    static List<List<String>> template(AuditKind kind, String rating) {
        List<List<String>> t = new ArrayList<>();
        t.add(List.of("Audit", kind.label() + " self-assessment"));
        t.add(List.of("Round", "7: " + kind.label() + " audit 2026"));
        t.add(List.of("Agency or school", "Northbridge Constabulary"));
        t.add(List.of("Returned on", "2026-06-30"));
        t.add(List.of());
        t.add(AssessmentImport.HEADINGS);
        for (int n = 1; n <= kind.standards().size(); n++) {
            t.add(List.of(Integer.toString(n), kind.standard(n), rating, "Evidence " + n, "", ""));
        }
        return t;
    }
}
