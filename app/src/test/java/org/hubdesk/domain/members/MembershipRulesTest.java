package org.hubdesk.domain.members;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {
    private static final Person ALEX = new Person(1, "Alex Example", "Named Nurse", 10, "alex@trust.example", null);
    private static final Person SAM = new Person(2, "Sam Example", "Adult Lead", 10, null, null);
    private static final Person KIM = new Person(3, "Kim Example", "DCI", 20, null, null);
    private static final Map<Long, Person> PEOPLE = Map.of(1L, ALEX, 2L, SAM, 3L, KIM);
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @Test
    void aPersonCannotHoldTwoOverlappingMembershipsOfOneGroup() {
        Membership existing = new Membership(5, 1, 1, true, MemberRole.MEMBER, null, null, JAN, null);
        Membership again = new Membership(0, 1, 1, false, MemberRole.MEMBER, null, null, JAN.plusMonths(3), null);
        assertThatThrownBy(() -> MembershipRules.check(again, List.of(existing), PEOPLE))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("Alex Example already holds a membership of this group");
    }

    @Test
    void anEndedMembershipAllowsANewOneAfterIt() {
        Membership ended = new Membership(5, 1, 1, true, MemberRole.MEMBER, null, null, JAN, JAN.plusMonths(2));
        Membership later = new Membership(0, 1, 1, true, MemberRole.MEMBER, null, null, JAN.plusMonths(2), null);
        assertThatCode(() -> MembershipRules.check(later, List.of(ended), PEOPLE)).doesNotThrowAnyException();
    }

    @Test
    void jointMembershipPairsTwoPeopleOfTheSameAgency() {
        Membership sameAgency = new Membership(0, 1, 1, true, MemberRole.MEMBER, 2L, null, JAN, null);
        assertThatCode(() -> MembershipRules.check(sameAgency, List.of(), PEOPLE)).doesNotThrowAnyException();
        Membership otherAgency = new Membership(0, 1, 1, true, MemberRole.MEMBER, 3L, null, JAN, null);
        assertThatThrownBy(() -> MembershipRules.check(otherAgency, List.of(), PEOPLE))
                .hasMessageContaining("same agency");
    }

    @Test
    void endDateMustFallAfterStartDate() {
        assertThatThrownBy(() -> new Membership(0, 1, 1, true, MemberRole.MEMBER, null, null, JAN, JAN.minusDays(1)))
                .hasMessage("The end date 2025-12-31 must fall after the start date 2026-01-01");
    }

    @Test
    void emailsMustBeWellFormed() {
        assertThatThrownBy(() -> new Person(0, "Bad Mail", null, 1, "bad.mail@nowhere", null))
                .hasMessageContaining("'bad.mail@nowhere' is not a well-formed e-mail address");
        assertThatThrownBy(() -> new Person(0, "Bad Mail", null, 1, "two@@at.example", null))
                .isInstanceOf(UserInputException.class);
        assertThatCode(() -> new Person(0, "Good Mail", null, 1, "good.mail@council.example", null)).doesNotThrowAnyException();
    }
}
