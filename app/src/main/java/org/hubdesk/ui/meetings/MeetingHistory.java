package org.hubdesk.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Window;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.ui.common.HistoryDialog;

/** The meetings screen's History…: the chosen meeting's own changes and those of the items now on its agenda, merged. */
final class MeetingHistory {
    private MeetingHistory() {
    }

    static void show(MeetingsViewModel model, Window owner) {
        MeetingDetail d = model.detail.get();
        if (d == null) {
            return;
        }
        List<HistoryDialog.Of> records = new ArrayList<>(List.of(new HistoryDialog.Of("meeting", d.meeting().id())));
        d.items().forEach(i -> records.add(new HistoryDialog.Of("agenda_item", i.id())));
        var context = model.context;
        HistoryDialog.show(context.tasks(), owner, context.services().history(), "the meeting of " + d.title(),
                records.toArray(HistoryDialog.Of[]::new));
    }
}
