package org.hubdesk.ui.shell;

import java.util.function.BiConsumer;
import org.hubdesk.domain.home.DuePlace;
import org.hubdesk.ui.home.HomeView;
import org.hubdesk.ui.meetings.MeetingsView;
import org.hubdesk.ui.hub.TimelineView;
import org.hubdesk.ui.learning.LearningView;
import org.hubdesk.ui.members.MembersView;
import org.hubdesk.ui.plan.DeliveryPlanView;
import org.hubdesk.ui.reports.ReportsView;
import org.hubdesk.ui.reviews.CaseReviewsView;

/** Builds each area's view; an area's feature replaces its placeholder line here. */
final class Areas {
    private Areas() {
    }

    static AreaView create(Area area, UiContext context, BiConsumer<DuePlace, Long> open) {
        return switch (area) {
            case HOME -> new HomeView(context, open);
            case MEMBERS -> new MembersView(context);
            case GOVERNANCE -> new org.hubdesk.ui.governance.GovernanceView(context, open);
            case HUB_TIMELINE -> new TimelineView(context);
            case DELIVERY_PLANS -> new DeliveryPlanView(context);
            case MEETINGS -> new MeetingsView(context);
            case LEARNING -> new LearningView(context);
            case CASE_REVIEWS -> new CaseReviewsView(context);
            case ASSURANCE -> new org.hubdesk.ui.assurance.AssuranceView(context);
            case REPORTS -> new ReportsView(context);
        };
    }

    /** The area where a due item is dealt with. */
    static Area of(DuePlace place) {
        return switch (place) {
            case MEETING, ACTION_LOG -> Area.MEETINGS;
            case CASE_REVIEW -> Area.CASE_REVIEWS;
            case LEARNING -> Area.LEARNING;
            case GROUP -> Area.MEMBERS;
        };
    }
}
