package org.hubdesk.service.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.CarryOver;
import org.hubdesk.domain.meetings.StandingRole;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.service.meetings.MeetingDetail;
import org.junit.jupiter.api.BeforeEach;
import org.hubdesk.testing.FreshDemoTest;
import org.junit.jupiter.api.Test;

/** A case review reaches the next Forum meeting's "Noting current and pending learning reviews" item. */
class ForumNotesCaseReviewsTest extends FreshDemoTest {
    long forum;

    @BeforeEach
    void forum() {
        forum = services.members().groupNamed("Multi-Agency Learning Forum").id();
    }

    static AgendaItem reviewsItem(MeetingDetail d) {
        return d.items().stream().filter(CarryOver::isLearningReviews).findFirst().orElseThrow();
    }

    @Test
    void theDemosNextForumMeetingNotesItsReviewsByKind() {
        var next = services.meetings().meetings(forum).stream().filter(s -> !s.meeting().meetingDate().isBefore(LocalDate.now()))
                .findFirst().orElseThrow();
        AgendaItem item = reviewsItem(services.meetings().meeting(next.meeting().id()));
        assertThat(item.role()).isEqualTo(StandingRole.LEARNING_REVIEWS);
        assertThat(item.title()).isEqualTo("Noting current and pending learning reviews");
        assertThat(item.subPoints()).anySatisfy(l -> assertThat(l).startsWith("Domestic Homicide Reviews: Domestic homicide review (DHR)"));
        assertThat(item.subPoints()).anySatisfy(l -> assertThat(l).startsWith("Safeguarding Adults Reviews: Safeguarding adults review (SAR)"));
        assertThat(item.subPoints()).anySatisfy(l -> assertThat(l).startsWith("Child Safeguarding Practice Reviews: Rapid review"));
    }

    @Test
    void aNewReviewAndItsLearningAppearWhenTheStandingItemsAreRefreshed() {
        MeetingDetail meeting = services.meetings().newMeeting(forum, LocalDate.now().plusWeeks(8), LocalTime.of(10, 0), "Civic Offices");
        var made = services.reviews().record(ReviewKind.SINGLE_AGENCY, "Missed health appointments", "SA-77", LocalDate.now(),
                "Health", "Health");
        assertThat(reviewsItem(meeting).subPoints()).noneSatisfy(l -> assertThat(l).contains("SA-77"));
        services.reviews().recordLearning(made.id(), "Was-not-brought policies were not followed.");
        MeetingDetail refreshed = services.meetings().refreshStandingItems(meeting.meeting().id());
        assertThat(reviewsItem(refreshed).subPoints()).anySatisfy(l -> assertThat(l)
                .startsWith("Child Safeguarding Practice Reviews: Single agency review, SA-77: Missed health appointments")
                .contains("learning: Was-not-brought policies were not followed."));
    }
}
