package org.hubdesk.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.MemberRole;
import org.hubdesk.domain.members.RegisterEntry;
import org.junit.jupiter.api.Test;

class InviteesTest {
    private static RegisterEntry entry(long id, String name, String email, MemberRole role, boolean core) {
        return new RegisterEntry(id, 1, id, name, "Role", email, 1, "Agency", AgencyKind.POLICE, true, core, role, null, null,
                null, null, null, null);
    }

    private static final List<RegisterEntry> REGISTER = List.of(
            entry(1, "Ada Chair", "ada.chair@police.example", MemberRole.CHAIR, true),
            entry(2, "Ben Deputy", "ben@icb.example", MemberRole.DEPUTY_CHAIR, true),
            entry(3, "Cai Member", "cai@council.example", MemberRole.MEMBER, true),
            entry(4, "Dee Adhoc", "dee@school.example", MemberRole.MEMBER, false),
            entry(5, "Eli Nomail", null, MemberRole.MEMBER, true),
            entry(6, "Cai Again", "CAI@council.example", MemberRole.MEMBER, true));

    @Test
    void fromTheChairToEveryMemberWithAnAddressCoreRequiredAdHocOptional() {
        Invitees i = Invitees.of("Learning Hub", REGISTER, null);
        assertThat(i.organizer()).isEqualTo(new Invitees.Invitee("Ada Chair", "ada.chair@police.example", true));
        assertThat(i.attendees()).containsExactly(new Invitees.Invitee("Ben Deputy", "ben@icb.example", true),
                new Invitees.Invitee("Cai Member", "cai@council.example", true), new Invitees.Invitee("Dee Adhoc", "dee@school.example", false));
        assertThat(i.withoutEmail()).containsExactly("Eli Nomail");
    }

    @Test
    void aNamedOrganizerOrTheDeputyChairOrARefusal() {
        Invitees named = Invitees.of("Learning Hub", REGISTER, "business.unit@scp.example");
        assertThat(named.organizer().email()).isEqualTo("business.unit@scp.example");
        assertThat(named.attendees()).extracting(Invitees.Invitee::name).contains("Ada Chair");
        assertThat(Invitees.of("Learning Hub", REGISTER.subList(1, 4), null).organizer().name()).isEqualTo("Ben Deputy");
        assertThatThrownBy(() -> Invitees.of("Learning Hub", REGISTER.subList(2, 5), null)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("give the chair of Learning Hub an e-mail address");
        assertThatThrownBy(() -> Invitees.of("Learning Hub", REGISTER, "not an address")).isInstanceOf(UserInputException.class);
    }

    @Test
    void theSequenceStartsAtZeroStaysForTheSameContentAndRisesOnAChange() {
        assertThat(Invitees.sequence(null, null, "a")).isZero();
        assertThat(Invitees.sequence(0, "a", "a")).isZero();
        assertThat(Invitees.sequence(0, "a", "b")).isEqualTo(1);
        assertThat(Invitees.sequence(3, "b", "c")).isEqualTo(4);
    }
}
