package org.hubdesk.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.service.Services;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.ui.testing.ScreenSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda builder's edits through its view model (same-thread tasks, no toolkit): reorder, edit, undo, redo. */
class MeetingsViewModelTest {
    @TempDir
    Path dir;
    Services services;
    MeetingsViewModel model;
    final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        services = Services.open(dir, null);
        services.demo().createDemo(0, LocalDate.now());
        model = new MeetingsViewModel(ScreenSupport.context(null, services, errors::add));
        long hub = services.members().groupNamed("Learning Hub").id();
        MeetingDetail d = services.meetings().newMeeting(hub, LocalDate.now().plusDays(30), LocalTime.of(14, 0), null);
        model.load();
        model.select(d.meeting().id());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<String> titles() {
        return model.detail.get().items().stream().map(AgendaItem::title).toList();
    }

    @Test
    void reorderAndEditAreUndoable() {
        List<String> before = titles();
        AgendaItem last = model.detail.get().items().get(before.size() - 1);
        model.moveItem(last, before.size() - 2);
        assertThat(titles().get(before.size() - 2)).isEqualTo(last.title());
        assertThat(model.detail.get().timing().items().get(before.size() - 2).starts())
                .isEqualTo(model.detail.get().timing().items().get(before.size() - 3).ends());
        model.undo().undo();
        assertThat(titles()).isEqualTo(before);
        model.undo().redo();
        assertThat(titles().get(before.size() - 2)).isEqualTo(last.title());

        AgendaItem first = model.detail.get().items().get(0);
        model.updateItem(first.withMinutes(100), model.itemForEdit(first.id()).version(), () -> { }, errors::add);
        assertThat(model.detail.get().timing().overrunWarning()).contains("over the usual 2 h");
        model.undo().undo();
        assertThat(model.detail.get().timing().overruns()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void aMeetingInThePastIsRefusedWithItsReason() {
        List<String> shown = new ArrayList<>();
        model.newMeeting(model.groups.get(0), LocalDate.now().minusDays(3), LocalTime.of(10, 0), null, () -> { }, shown::add);
        assertThat(shown).singleElement().asString().contains("is in the past");
    }
}
