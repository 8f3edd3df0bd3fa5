package org.hubdesk.domain.assurance;

import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.Labels;
import org.hubdesk.domain.common.UserInputException;

/**
 * The self-assessment audits of seed 002 section 9, each with its standards in the seed's words.
 * The seed says a separate checklist exists for the voluntary and community sector but does not
 * list it; until the partnership enters its own, the VCS checklist asks the Section 11 standards.
 */
public enum AuditKind implements Labelled {
    SECTION_11(Section11.STANDARDS),
    SECTION_175(List.of(
            "Designated Safeguarding Lead",
            "Staff",
            "Pupils",
            "Risk Assessments",
            "Record Keeping",
            "Parents",
            "Curriculum",
            "Multi-Agency Safeguarding Standards and Links with Key Agencies",
            "Governors",
            "Recruitment and Selection",
            "Allegations against staff",
            "Other audits in school",
            "Single Central Record")),
    VCS(Section11.STANDARDS);

    private final List<String> standards;

    AuditKind(List<String> standards) {
        this.standards = List.copyOf(standards);
    }

    /** The word on the command line, the name in lower case with hyphens: section-11, section-175, vcs. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What one return comes from: an agency, a school, an organisation. */
    public String organisationWord() {
        return Labels.of(this, "organisationWord");
    }

    /** The standards in order; standard N is {@code standards().get(N - 1)}. */
    public List<String> standards() {
        return standards;
    }

    public String standard(int number) {
        if (number < 1 || number > standards.size()) {
            throw new UserInputException(label() + " has standards 1 to " + standards.size() + ", not " + number);
        }
        return standards.get(number - 1);
    }

    public static AuditKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return Labelled.first(AuditKind.class, k -> k.code().equals(t))
                .orElseThrow(() -> new UserInputException("Unknown audit '" + text + "'; use section-11, section-175 or vcs"));
    }

    /** Seed 002 section 9's eight standards, shared by Section 11 and the VCS checklist. */
    private static final class Section11 {
        static final List<String> STANDARDS = List.of(
                "Leadership and Accountability",
                "Policies and Procedures",
                "Recruitment and Selection",
                "Staff Induction, Training and Development",
                "Complaints, Allegations and Whistleblowing",
                "Information Sharing, Communication and Confidentiality",
                "Listening to Children and Young People",
                "Equality of Opportunity");
    }
}
