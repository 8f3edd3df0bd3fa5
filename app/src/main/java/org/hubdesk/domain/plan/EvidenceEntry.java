package org.hubdesk.domain.plan;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserText;

/**
 * One piece of evidence in an evidence section of the delivery plan: rich text, where it came from
 * (a source of learning), the agency it came from (optional), its date and an optional link to a file
 * kept elsewhere (a report, an audit summary).
 */
public record EvidenceEntry(long id, DeliveryPlanSection section, String text, LearningSource source, Long agencyId,
                            LocalDate datedOn, String fileLink, int sortOrder) {
    public static final int MAX_TEXT = 20_000;

    public EvidenceEntry {
        if (section == null || !section.holdsEvidence()) {
            throw new IllegalArgumentException("Evidence belongs in an evidence section, not " + section);
        }
        text = UserText.required(text, "An evidence entry needs some text: what does the evidence say?", MAX_TEXT,
                length -> "This evidence entry is " + length + " characters long; the most is "
                        + MAX_TEXT + ": split it into two entries or link to the document instead");
        if (source == null) {
            source = LearningSource.usualFor(section);
        }
        fileLink = UserText.optional(fileLink);
    }

    public static EvidenceEntry draft(DeliveryPlanSection section, String text, LearningSource source, Long agencyId,
                                      LocalDate datedOn, String fileLink) {
        return new EvidenceEntry(0, section, text, source, agencyId, datedOn, fileLink, 0);
    }

    public RichText richText() {
        return RichText.parse(text);
    }

    public EvidenceEntry withId(long newId) {
        return new EvidenceEntry(newId, section, text, source, agencyId, datedOn, fileLink, sortOrder);
    }

    public EvidenceEntry withSortOrder(int order) {
        return new EvidenceEntry(id, section, text, source, agencyId, datedOn, fileLink, order);
    }

    public EvidenceEntry withText(String newText) {
        return new EvidenceEntry(id, section, newText, source, agencyId, datedOn, fileLink, sortOrder);
    }
}
