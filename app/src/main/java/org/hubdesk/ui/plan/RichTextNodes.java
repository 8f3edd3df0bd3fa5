package org.hubdesk.ui.plan;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.hubdesk.domain.plan.RichText;

/** Draws the plan's markup as formatted text: the parsing is the domain's, shared with the reports. */
final class RichTextNodes {
    private RichTextNodes() {
    }

    static TextFlow flow(String markup) {
        TextFlow flow = new TextFlow();
        List<RichText.Block> blocks = RichText.parse(markup).blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (b > 0) {
                flow.getChildren().add(new Text("\n"));
            }
            if (blocks.get(b) instanceof RichText.Paragraph p) {
                add(flow, p.runs());
            } else if (blocks.get(b) instanceof RichText.BulletList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    if (i > 0) {
                        flow.getChildren().add(new Text("\n"));
                    }
                    flow.getChildren().add(new Text("  •  "));
                    add(flow, list.items().get(i));
                }
            }
        }
        return flow;
    }

    private static void add(TextFlow flow, List<RichText.Run> runs) {
        double size = Font.getDefault().getSize();
        for (RichText.Run run : runs) {
            Text t = new Text(run.text());
            if (run.bold() || run.italic()) {
                t.setFont(Font.font(Font.getDefault().getFamily(), run.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                        run.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, size));
            }
            flow.getChildren().add(t);
        }
    }
}
