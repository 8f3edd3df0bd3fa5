package org.hubdesk.domain.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterImportParserTest {
    private static final Agency COUNCIL = new Agency(1, "Northbridge Borough Council", AgencyKind.LOCAL_AUTHORITY, true);
    private static final Agency POLICE = new Agency(2, "Northbridge Constabulary", AgencyKind.POLICE, true);
    private static final Person KNOWN = new Person(10, "Wren Example", "Head of Service", 1, "wren@council.example", null);
    private static final Person OTHER_KNOWN = new Person(11, "Yusuf Example", "Inspector", 2, null, null);
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private static RegisterImportContext context(Membership... groupMemberships) {
        return new RegisterImportContext(7, List.of(COUNCIL, POLICE), List.of(KNOWN, OTHER_KNOWN), List.of(groupMemberships));
    }

    private static List<List<String>> table(String... lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(Arrays.asList(line.split("\\|", -1)));
        }
        return rows;
    }

    private static RegisterImportResult parse(String... lines) {
        return RegisterImportParser.parse(table(lines), context());
    }

    /** The file and every row on it read without an error. */
    private static void assertNoErrors(RegisterImportResult result) {
        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.rows()).allSatisfy(r -> assertThat(r.errors()).isEmpty());
    }

    @Test
    void readsTheSeedLayoutWithItsSectionsRepeatedHeaderAndJointMembers() {
        RegisterImportResult result = parse(
                "Appendix 2 - Multi-Agency Learning Forum Membership|||",
                "Core membership|||",
                "Agency|Representatives|Name|Joint membership?",
                "Northbridge Borough Council|Strategy Manager (joint chair)|Anwen Testwood|",
                "Riverside NHS Trust|Named Nurse Safeguarding Children|Bryn Testwood|Yes",
                "Riverside NHS Trust|Adult Lead|Cerys Testwood|",
                "|||",
                "Ad hoc membership|||",
                "Agency|Representatives|Name|",
                "northbridge borough council|Lead Early Years Adviser|Dafydd Testwood|");

        assertNoErrors(result);
        assertThat(result.rows()).extracting(RegisterImportRow::rowNumber).containsExactly(4, 5, 6, 10);
        assertThat(result.rows()).extracting(RegisterImportRow::core).containsExactly(true, true, true, false);
        assertThat(result.rows()).extracting(RegisterImportRow::role)
                .containsExactly(MemberRole.CHAIR, MemberRole.MEMBER, MemberRole.MEMBER, MemberRole.MEMBER);
        assertThat(result.rows()).extracting(RegisterImportRow::jointWith)
                .containsExactly(null, "Cerys Testwood", "Bryn Testwood", null);
        RegisterImportRow trust = result.rows().get(1);
        assertThat(trust.newAgency()).isTrue();
        assertThat(trust.agencyKind()).isEqualTo(AgencyKind.HEALTH);
        RegisterImportRow adHoc = result.rows().get(3);
        assertThat(adHoc.newAgency()).isFalse();
        assertThat(adHoc.agency()).as("an existing agency keeps its stored spelling").isEqualTo("Northbridge Borough Council");
    }

    @Test
    void bothHalvesOfAJointMembershipMarkedYesPairWithEachOther() {
        RegisterImportResult result = parse(
                "Agency|Representatives|Name|Joint membership?",
                "Riverside NHS Trust|Named Nurse|Bryn Testwood|Yes",
                "Riverside NHS Trust|Adult Lead|Cerys Testwood|Yes",
                "Riverside NHS Trust|Designated Doctor|Dafydd Testwood|Yes",
                "Riverside NHS Trust|Designated Nurse|Efa Testwood|yes",
                "Northbridge Borough Council|Head of Service|Folake Testwood|");

        assertNoErrors(result);
        assertThat(result.rows()).extracting(RegisterImportRow::jointWith)
                .containsExactly("Cerys Testwood", "Bryn Testwood", "Efa Testwood", "Dafydd Testwood", null);
    }

    @Test
    void aThirdYesAfterACompletePairStartsANewPair() {
        RegisterImportResult result = parse(
                "Agency|Name|Joint membership?",
                "Riverside NHS Trust|Bryn Testwood|Yes",
                "Riverside NHS Trust|Cerys Testwood|Yes",
                "Riverside NHS Trust|Dafydd Testwood|Yes");

        assertThat(result.rows().get(0).errors()).isEmpty();
        assertThat(result.rows().get(1).errors()).isEmpty();
        assertThat(result.rows().get(2).errors()).singleElement().asString().contains("but no line follows");
    }

    @Test
    void recognisesColumnsByHeaderInAnyOrderAndCase() {
        RegisterImportResult result = parse(
                "FROM|e-mail|NAME|Role in group|agency|Core or ad hoc|Agency kind|Deputy|Job title|Phone|To",
                "2026-02-01|zofia@acme.example|Zofia Testwood|Deputy chair|Acme Services|Ad hoc|voluntary|Wren Example|Lead|01632 960001|2027-02-01");

        assertThat(result.fileErrors()).isEmpty();
        RegisterImportRow row = result.rows().get(0);
        assertThat(row.errors()).isEmpty();
        assertThat(row.rowNumber()).isEqualTo(2);
        assertThat(row).extracting(RegisterImportRow::name, RegisterImportRow::email, RegisterImportRow::agency,
                        RegisterImportRow::jobTitle, RegisterImportRow::phone, RegisterImportRow::deputy)
                .containsExactly("Zofia Testwood", "zofia@acme.example", "Acme Services", "Lead", "01632 960001", "Wren Example");
        assertThat(row.core()).isFalse();
        assertThat(row.role()).isEqualTo(MemberRole.DEPUTY_CHAIR);
        assertThat(row.agencyKind()).isEqualTo(AgencyKind.VOLUNTARY);
        assertThat(row.startsOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(row.endsOn()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void eachBadCellGivesAnErrorOnItsOwnRow() {
        RegisterImportResult result = parse(
                "Agency|Name|E-mail|Membership|Role in group|Agency kind|From|To",
                "Northbridge Borough Council||||||",
                "|Anwen Testwood|||||",
                "Northbridge Borough Council|Bryn Testwood|bryn.at.council|||||",
                "Northbridge Borough Council|Cerys Testwood||Sometimes||||",
                "Northbridge Borough Council|Dafydd Testwood|||Boss|||",
                "New Agency Ltd|Efa Testwood||||Pirates||",
                "Northbridge Borough Council|Folake Testwood|||||01/06/2026|",
                "Northbridge Borough Council|Gethin Testwood|||||2026-06-01|2026-05-01");

        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.rows()).extracting(RegisterImportRow::rowNumber).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(result.rows()).allSatisfy(r -> assertThat(r.errors()).hasSize(1));
        assertThat(result.rows()).extracting(r -> r.errors().get(0)).containsExactly(
                "Name is empty: every line needs the member's name",
                "Agency is empty: every member needs the agency they represent",
                "'bryn.at.council' is not a well-formed e-mail address (expected name@organisation.example)",
                "'Sometimes' under Membership is neither Core nor Ad hoc",
                "'Boss' under Role in group is not Chair, Deputy chair or Member",
                "Unknown agency kind 'Pirates': use one of local authority, police, health, education, voluntary, other",
                "'01/06/2026' under From is not a date: write it as year-month-day, e.g. 2026-04-01",
                "The end date 2026-05-01 must fall after the start date 2026-06-01");
    }

    @Test
    void crossLineChecksNameTheRowToFix() {
        RegisterImportResult result = parse(
                "Agency|Name|Joint membership?|Deputy",
                "Northbridge Borough Council|Anwen Testwood||",
                "Northbridge Borough Council|anwen testwood||",
                "Northbridge Borough Council|Bryn Testwood|Yes|",
                "Northbridge Constabulary|Cerys Testwood|Bryn Testwood|",
                "Northbridge Constabulary|Dafydd Testwood||Nobody Known",
                "Northbridge Constabulary|Efa Testwood||Efa Testwood",
                "Northbridge Constabulary|Folake Testwood||Wren Example",
                "Northbridge Constabulary|Gethin Testwood|Yusuf Example|",
                "Northbridge Constabulary|Hana Testwood|Yes|");

        List<List<String>> errors = result.rows().stream().map(RegisterImportRow::errors).toList();
        assertThat(errors.get(0)).isEmpty();
        assertThat(errors.get(1)).containsExactly(
                "anwen testwood of Northbridge Borough Council is already on row 2; a person holds one membership of a group at a time");
        assertThat(errors.get(2)).singleElement().asString()
                .startsWith("'Yes' under Joint membership? pairs this member with the next line, but the next line is not another member of Northbridge Borough Council");
        assertThat(errors.get(3)).containsExactly("A joint membership pairs two people of the same agency: Bryn Testwood is listed for"
                + " Northbridge Borough Council, not Northbridge Constabulary");
        assertThat(errors.get(4)).singleElement().asString().startsWith("The deputy 'Nobody Known' is neither in the file nor in Hubdesk's registers");
        assertThat(errors.get(5)).containsExactly("A member cannot be their own deputy");
        assertThat(errors.get(6)).as("a deputy already in Hubdesk is fine").isEmpty();
        assertThat(errors.get(7)).as("a joint member already known at the same agency is fine").isEmpty();
        assertThat(errors.get(8)).singleElement().asString().contains("but no line follows");
    }

    @Test
    void aPersonAlreadyOnTheGroupsRegisterCannotBeAddedAgainForTheSamePeriod() {
        Membership current = new Membership(3, 7, KNOWN.id(), true, MemberRole.MEMBER, null, null, JAN, null);
        RegisterImportResult clash = RegisterImportParser.parse(table("Agency|Name", "NORTHBRIDGE BOROUGH COUNCIL|wren example"),
                context(current));
        assertThat(clash.rows().get(0).errors()).singleElement().asString()
                .startsWith("Wren Example already holds a membership of this group for that period");

        Membership ended = new Membership(3, 7, KNOWN.id(), true, MemberRole.MEMBER, null, null, JAN, JAN.plusMonths(6));
        RegisterImportResult returning = RegisterImportParser.parse(
                table("Agency|Name|From", "Northbridge Borough Council|Wren Example|" + JAN.plusMonths(6)), context(ended));
        assertThat(returning.rows().get(0).errors()).isEmpty();
    }

    @Test
    void fileLevelProblemsAreNamed() {
        assertThat(RegisterImportParser.parse(List.of(), context()).fileErrors())
                .containsExactly("The file is empty: it has no header row and no members");
        assertThat(parse("|||", "  |\u00A0|").fileErrors()).containsExactly("The file is empty: it has no header row and no members");
        assertThat(parse("Agency|Post holder|Job title", "Northbridge Borough Council|Anwen Testwood|Manager").fileErrors())
                .containsExactly("The file has no 'Name' column; found columns: Agency, Post holder, Job title");
        assertThat(parse("Organisation name|Person", "x|y").fileErrors())
                .containsExactly("The file has no 'Agency' or 'Name' column; found columns: Organisation name, Person");
        assertThat(parse("Agency|Name|Representatives", "|||").fileErrors())
                .containsExactly("The file has a header row but no members under it");
        assertThat(parse("Agency|Name|Email|E-mail", "Northbridge Borough Council|Anwen Testwood||").fileErrors())
                .containsExactly("The file has two 'E-mail' columns (C and D); keep one");
    }

    @Test
    void emptyRowsAreSkippedSilentlyAndKeepTheSpreadsheetsRowNumbers() {
        RegisterImportResult result = parse("Agency|Name", "|", "Northbridge Borough Council|Anwen Testwood", " | ", "",
                "Northbridge Constabulary|Bryn Testwood");
        assertNoErrors(result);
        assertThat(result.rows()).extracting(RegisterImportRow::rowNumber).containsExactly(3, 6);
    }

    @Test
    void aNewAgencyNamedTwiceIsOneAgencyWithTheFirstKindGiven() {
        RegisterImportResult result = parse("Agency|Name|Agency kind", "Harbour Trust|Anwen Testwood|", "HARBOUR TRUST|Bryn Testwood|education");
        assertThat(result.rows()).extracting(RegisterImportRow::agency).containsOnly("Harbour Trust");
        assertThat(result.rows()).extracting(RegisterImportRow::agencyKind).containsOnly(AgencyKind.EDUCATION);
    }

    @ParameterizedTest
    @CsvSource({"Met Police, POLICE", "Northbridge Constabulary, POLICE", "NHS Northbridge CCG, HEALTH", "Riverside Healthcare, HEALTH",
        "Northbridge General Hospital, HEALTH", "LB Northbridge, LOCAL_AUTHORITY", "Northbridge Borough Council, LOCAL_AUTHORITY",
        "Oakfield Academy, EDUCATION", "Northbridge Voluntary Service Council, VOLUNTARY", "Children First Charity, VOLUNTARY",
        "Northbridge Adults Safeguarding Board, OTHER"})
    void kindsAreGuessedFromAgencyNames(String agency, AgencyKind kind) {
        assertThat(RegisterImportAgencies.guessKind(agency)).isEqualTo(kind);
    }

    @Test
    void lbMarksALocalAuthorityOnlyAsAWord() {
        assertThat(RegisterImportAgencies.guessKind("Lblock Trading")).as("LB only as a word").isEqualTo(AgencyKind.OTHER);
    }

    @ParameterizedTest
    @CsvSource({"LB Northbridge, LOCAL_AUTHORITY, true", "Met Police, POLICE, true", "NHS Northbridge CCG, HEALTH, true",
        "Northbridge Integrated Care Board, HEALTH, true", "Riverside NHS Foundation Trust, HEALTH, false",
        "Oakfield Academy, EDUCATION, false"})
    void onlyCommissioningHealthIsAStatutoryPartnerAmongHealthAgencies(String agency, AgencyKind kind, boolean statutory) {
        assertThat(RegisterImportAgencies.statutoryPartner(agency, kind)).isEqualTo(statutory);
    }

    @Test
    void aChairMarkedInTheJobTitleIsAChairUnlessTheRoleColumnSaysOtherwise() {
        assertThat(RegisterImportParser.roleFromTitle("Strategy Manager (joint chair)")).isEqualTo(MemberRole.CHAIR);
        assertThat(RegisterImportParser.roleFromTitle("Head of Service (Vice-Chair)")).isEqualTo(MemberRole.DEPUTY_CHAIR);
        assertThat(RegisterImportParser.roleFromTitle("Chair of governors liaison")).isEqualTo(MemberRole.MEMBER);
        RegisterImportResult result = parse("Agency|Representatives|Name|Role in group",
                "Northbridge Borough Council|Manager (joint chair)|Anwen Testwood|Member");
        assertThat(result.rows().get(0).role()).isEqualTo(MemberRole.MEMBER);
    }
}
