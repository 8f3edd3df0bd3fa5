package org.hubdesk.service.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;

/** The reports Hubdesk can export, by id, in the order the Reports screen lists them. */
public final class ReportCatalogue {
    private final Map<String, Report> reports = new LinkedHashMap<>();

    public ReportCatalogue(List<Report> reports) {
        for (Report report : reports) {
            if (this.reports.putIfAbsent(report.id(), report) != null) {
                throw new IllegalArgumentException("Two reports are called '" + report.id() + "'");
            }
        }
    }

    /** Every report of the application. Features add theirs here: one line each. */
    public static ReportCatalogue standard() {
        List<Report> reports = new java.util.ArrayList<>(List.of(
                new MembershipRegisterReport(),
                new ActionTrackerReport(),
                new HubProgrammeReport(),
                new RecommendationsReport(),
                new AnnualReport(),
                new org.hubdesk.service.plan.DeliveryPlanReport(),
                new org.hubdesk.service.reviews.CaseReviewsReport(),
                new org.hubdesk.service.reviews.LcsprDecisionReport(),
                new org.hubdesk.service.governance.GovernanceReport()));
        reports.addAll(org.hubdesk.service.learning.LearningReports.all());
        reports.addAll(org.hubdesk.service.assurance.AssuranceReports.all());
        return new ReportCatalogue(reports);
    }

    public List<Report> all() {
        return List.copyOf(reports.values());
    }

    public Report byId(String id) {
        Report report = reports.get(id == null ? "" : id.strip());
        if (report == null) {
            throw new UserInputException("There is no report called '" + id + "'; reports are: " + String.join(", ", reports.keySet()));
        }
        return report;
    }
}
