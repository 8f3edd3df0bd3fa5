package org.hubdesk.domain.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.members.QuorumRule.Presence;
import org.junit.jupiter.api.Test;

class QuorumRuleTest {
    private static final Presence COUNCIL = new Presence(AgencyKind.LOCAL_AUTHORITY, true, true);
    private static final Presence POLICE = new Presence(AgencyKind.POLICE, true, true);
    private static final Presence ICB = new Presence(AgencyKind.HEALTH, true, true);
    private static final Presence HOSPITAL_TRUST = new Presence(AgencyKind.HEALTH, false, true);
    private static final Presence SCHOOL = new Presence(AgencyKind.EDUCATION, false, true);

    @Test
    void allThreeStatutoryPartnersMakeAQuorum() {
        var result = QuorumRule.STATUTORY_PARTNERS.evaluate(List.of(COUNCIL, POLICE, ICB, SCHOOL), 10);
        assertThat(result.quorate()).isTrue();
        assertThat(result.summary()).isEqualTo("Quorate");
    }

    @Test
    void aMissingPartnerIsNamed() {
        var result = QuorumRule.STATUTORY_PARTNERS.evaluate(List.of(COUNCIL, ICB, SCHOOL), 10);
        assertThat(result.quorate()).isFalse();
        assertThat(result.missing()).containsExactly("police");
        assertThat(result.summary()).isEqualTo("Not quorate: missing police");
    }

    @Test
    void aHealthProviderIsNotTheStatutoryHealthPartner() {
        var result = QuorumRule.STATUTORY_PARTNERS.evaluate(List.of(COUNCIL, POLICE, HOSPITAL_TRUST), 10);
        assertThat(result.missing()).containsExactly("health");
    }

    @Test
    void halfOfCoreCountsCoreMembersOnly() {
        assertThat(QuorumRule.HALF_OF_CORE.evaluate(List.of(COUNCIL, POLICE), 4).quorate()).isTrue();
        assertThat(QuorumRule.HALF_OF_CORE.evaluate(List.of(COUNCIL), 4).quorate()).isFalse();
        assertThat(QuorumRule.NONE.evaluate(List.of(), 4).quorate()).isTrue();
    }

    @Test
    void registerWithoutACorePoliceMemberCanNeverBeQuorate() {
        var entries = List.of(entry(AgencyKind.LOCAL_AUTHORITY, true, true, null),
                entry(AgencyKind.HEALTH, true, true, null),
                entry(AgencyKind.POLICE, true, false, null),  // ad hoc only
                entry(AgencyKind.POLICE, true, true, LocalDate.now().minusDays(1))); // ended
        assertThat(QuorumRule.STATUTORY_PARTNERS.uncoveredPartners(entries)).containsExactly(AgencyKind.POLICE);
        assertThat(QuorumRule.NONE.uncoveredPartners(entries)).isEmpty();
    }

    static RegisterEntry entry(AgencyKind kind, boolean statutory, boolean core, LocalDate endsOn) {
        return new RegisterEntry(1, 1, 1, "A Person", "Role", null, 1, "Agency", kind, statutory, core,
                MemberRole.MEMBER, null, null, null, null, LocalDate.now().minusYears(1), endsOn);
    }
}
