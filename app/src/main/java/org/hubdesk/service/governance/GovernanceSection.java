package org.hubdesk.service.governance;

import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.governance.BackToPractice;
import org.hubdesk.domain.governance.ChartGeometry;
import org.hubdesk.domain.governance.GovernanceChart;
import org.hubdesk.domain.members.Group;
import org.hubdesk.report.governance.GovernancePictures;
import org.hubdesk.report.model.DocumentBuilder;

/**
 * The governance chart and the Back to Practice model as report blocks: each a picture with alt
 * text and the same content in words beneath, so the governance report and the annual report
 * show them alike.
 */
public final class GovernanceSection {
    static final double CHART_CM = 17;

    private GovernanceSection() {
    }

    /** The chart of who reports to whom; nothing when there are no groups. */
    public static void chart(DocumentBuilder doc, List<Group> groups, LocalDate today) {
        GovernanceChart chart = GovernanceChart.of(groups);
        if (chart.boxes().isEmpty()) {
            doc.paragraph("No groups are recorded yet, so there is no governance chart.");
            return;
        }
        List<String> words = ChartGeometry.sentences(chart);
        doc.picture(GovernancePictures.chart(chart, today), CHART_CM,
                "The partnership's groups, each under the group it reports to, at " + today + ".",
                "Governance chart. " + String.join(" ", words));
        doc.bullets(words);
    }

    /** The Back to Practice model of seed 001, drawn and in words. */
    public static void backToPractice(DocumentBuilder doc) {
        doc.paragraph("A Back to Practice model was agreed by the Board in March 2016: information is downloaded from "
                + "multi-agency front-line practice, the Learning Hub analyses the learning, the Quality and Effectiveness "
                + "Board makes decisions and provides oversight, and priority task groups drive the agreed changes back "
                + "into practice.");
        List<String> words = BackToPractice.sentences();
        doc.picture(GovernancePictures.backToPractice(), CHART_CM, "The Back to Practice model.",
                "Back to Practice model, a cycle of four stages. " + String.join(" ", words));
        doc.bullets(words);
    }
}
