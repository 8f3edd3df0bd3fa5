package org.hubdesk.domain.reviews;

/**
 * The eight circumstances in which, following a Rapid Review, a Local Child Safeguarding Practice
 * Review may be appropriate: seed 002 section 5, in its words.
 */
public enum LcsprCriterion {
    IMPROVEMENTS("highlights or may highlight improvements needed to safeguard and promote the welfare of children, "
            + "including where those improvements have been previously identified"),
    RECURRENT_THEMES("highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children"),
    WORKING_TOGETHER("highlights or may highlight concerns regarding two or more organisations or agencies working together "
            + "effectively to safeguard and promote the welfare of children"),
    NATIONAL_PANEL("the National Panel have considered and concluded a local review may be more appropriate"),
    SINGLE_AGENCY_CONCERN("the safeguarding partners have cause for concern about the actions of a single agency"),
    NO_AGENCY_INVOLVEMENT("there has been no agency involvement, and this gives safeguarding partners cause for concern"),
    MORE_THAN_ONE_AREA("more than one LA, police area or CCG is involved, including where families have moved around"),
    INSTITUTIONAL_SETTINGS("the case may raise issues relating to safeguarding or promoting the welfare of children in "
            + "institutional settings");

    private final String text;

    LcsprCriterion(String text) {
        this.text = text;
    }

    /** The criterion as the seed words it, after "an LCSPR may be appropriate where [the case]". */
    public String text() {
        return text;
    }
}
