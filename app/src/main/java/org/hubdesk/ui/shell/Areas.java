package org.hubdesk.ui.shell;

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

    static AreaView create(Area area, UiContext context) {
        return switch (area) {
            case MEMBERS -> new MembersView(context);
            case HUB_TIMELINE -> new TimelineView(context);
            case DELIVERY_PLANS -> new DeliveryPlanView(context);
            case MEETINGS -> new MeetingsView(context);
            case LEARNING -> new LearningView(context);
            case CASE_REVIEWS -> new CaseReviewsView(context);
            case ASSURANCE -> new org.hubdesk.ui.assurance.AssuranceView(context);
            case REPORTS -> new ReportsView(context);
        };
    }
}
