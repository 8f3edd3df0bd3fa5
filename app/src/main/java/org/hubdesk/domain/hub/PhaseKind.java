package org.hubdesk.domain.hub;

import java.util.List;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.Labels;

/**
 * The four phases of a Learning Hub cycle (seed 000, "Working methods"), each with the activities
 * Appendix 3 lists for its month, word for word, as the defaults of a new cycle.
 */
public enum PhaseKind implements Labelled {
    SCOPING(0x3E6FA8, List.of(
            "Introductions",
            "Revisiting the learning model: sign-up, commitment and oversight",
            "Scoping current issues and challenges in system",
            "Presenting the delivery plan – first phase knowledge (impact measures/hope for future change, data, research, guidance)",
            "What do we need to know more about?",
            "Set up plans for audits and feedback events and agree any other next steps")),
    AUDITS(0xD9731A, List.of(
            "Single agency audits",
            "Multi-agency audits")),
    FEEDBACK(0x3F8F45, List.of(
            "Feedback events for children, young people and families",
            "Feedback events for practitioners")),
    RECOMMENDATIONS(0x8A4F96, List.of(
            "Revisit the delivery plan – learning and change phase",
            "Hub does the final analysis and identifies the actions and recommendations to take forward"));

    private final int rgb;
    private final List<String> defaultActivities;

    PhaseKind(int rgb, List<String> defaultActivities) {
        this.rgb = rgb;
        this.defaultActivities = defaultActivities;
    }

    /** The label a narrow timeline bar has room for. */
    public String shortLabel() {
        return Labels.of(this, "shortLabel");
    }

    /** The phase's colour on every timeline (screen, PNG, PDF), as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    public List<String> defaultActivities() {
        return defaultActivities;
    }

    @Override
    public String toString() {
        return label();
    }
}
