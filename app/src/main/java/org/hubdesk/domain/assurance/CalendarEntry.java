package org.hubdesk.domain.assurance;

import java.time.YearMonth;
import java.util.Locale;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * One line of the multi-agency audit and observation calendar (seed 002 section 10): an audit on a
 * theme from case reviews and performance data, or an observation of a strategy meeting, core
 * group or child protection conference, with its lead, agencies, template and where its findings
 * went. Learning Hub cycles' month-2 audits are shown beside these (kind HUB_CYCLE, never stored).
 */
public record CalendarEntry(long id, YearMonth month, Kind kind, String theme, String lead, String agencies, String template,
                            String findings, FedBackTo fedBackTo) {
    public enum Kind implements Labelled {
        MULTI_AGENCY_AUDIT,
        OBSERVATION,
        HUB_CYCLE;

        public static Kind parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            if (t.startsWith("obs")) {
                return OBSERVATION;
            }
            if (t.isEmpty() || t.contains("audit")) {
                return MULTI_AGENCY_AUDIT;
            }
            throw new UserInputException("'" + text + "' is not a kind of calendar entry: use audit or observation");
        }
    }

    /** Seed 002 section 10: findings go "back to the Hub and/or Performance group". */
    public enum FedBackTo implements Labelled {
        HUB,
        PERFORMANCE_GROUP,
        BOTH
    }

    public CalendarEntry {
        if (month == null) {
            throw new UserInputException("A calendar entry needs its month");
        }
        if (kind == null) {
            kind = Kind.MULTI_AGENCY_AUDIT;
        }
        theme = UserText.required(theme, "A calendar entry needs its theme");
        lead = UserText.optional(lead);
        agencies = UserText.optional(agencies);
        template = UserText.optional(template);
        findings = UserText.optional(findings);
    }

    public CalendarEntry withId(long newId) {
        return new CalendarEntry(newId, month, kind, theme, lead, agencies, template, findings, fedBackTo);
    }

    /** What an entry typed on screen must satisfy: findings are recorded before they are said to be fed back. */
    public void check() {
        if (fedBackTo != null && findings == null) {
            throw new UserInputException("Write the findings before saying where they were fed back");
        }
    }

    /** Where the findings went, or what is still to do: "Fed back to the Learning Hub", "Findings not yet fed back". */
    public String feedbackText() {
        if (fedBackTo != null) {
            return "Fed back to the " + fedBackTo.label();
        }
        return findings == null ? "" : "Findings not yet fed back";
    }
}
