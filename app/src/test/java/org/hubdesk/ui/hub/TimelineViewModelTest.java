package org.hubdesk.ui.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubSettings;
import org.hubdesk.domain.hub.PhaseLengths;
import org.hubdesk.service.Services;
import org.hubdesk.ui.testing.ScreenSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's view model without a screen: edits reach the store, undo and redo put them back. */
class TimelineViewModelTest {
    @TempDir
    Path dir;

    private Services services;
    private TimelineViewModel model;
    private final List<String> errors = new ArrayList<>();
    private final YearMonth start = YearMonth.now().plusMonths(1);

    @BeforeEach
    void open() {
        services = Services.open(dir, null);
        services.demo().createEmpty("Test Partnership");
        model = new TimelineViewModel(ScreenSupport.context(null, services, errors::add));
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<HubCycle> cycles() {
        return model.programme.get().cycles();
    }

    @Test
    void stretchingAPhaseWithItsFollowersIsUndoneAndRedone() {
        model.planProgramme(List.of("A", "B"), start);
        assertThat(model.layout.get().bars()).hasSize(8);
        long audits = cycles().get(0).phases().get(1).id();
        model.shiftFollowing.set(true);
        model.stretchPhase(audits, 2);
        assertThat(cycles()).extracting(HubCycle::lastMonth).containsExactly(start.plusMonths(4), start.plusMonths(7));
        assertThat(model.undo().undoName.get()).isEqualTo("Undo change the phase's length");

        model.undo().undo();
        assertThat(cycles()).extracting(HubCycle::lastMonth).containsExactly(start.plusMonths(3), start.plusMonths(6));
        model.undo().redo();
        assertThat(cycles()).extracting(HubCycle::lastMonth).containsExactly(start.plusMonths(4), start.plusMonths(7));

        model.undo().undo();
        model.undo().undo();
        assertThat(cycles()).isEmpty();
        model.undo().redo();
        assertThat(cycles()).hasSize(2);
        assertThat(errors).isEmpty();
    }

    @Test
    void selectingAPhaseShowsItAndItsStatusFollowsTheEdits() {
        model.planProgramme(List.of("Neglect"), start);
        var feedback = cycles().get(0).phases().get(2);
        model.selectedPhaseId.set(feedback.id());
        assertThat(model.selection.get().priorityTitle()).isEqualTo("Neglect");
        model.setActivityStatus(feedback.activities().get(0).id(), ActivityStatus.DONE);
        assertThat(model.selection.get().phase().status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        model.undo().undo();
        assertThat(model.selection.get().phase().status()).isEqualTo(ActivityStatus.PLANNED);
    }

    @Test
    void aPastProgrammeIsPlannedDoneWithAWarningAndAFutureOneWithout() {
        model.planProgramme(List.of("Get basic child protection right"), YearMonth.of(2018, 10));
        assertThat(model.planWarning.get()).startsWith("Warning: the programme starts in 2018-10, in the past; 4 of its 4");
        assertThat(cycles()).singleElement().extracting(c -> c.phases().stream().map(p -> p.status()).distinct().toList())
                .isEqualTo(List.of(ActivityStatus.DONE));
        model.planProgramme(List.of("Neglect"), start);
        assertThat(model.planWarning.get()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aRefusedEditIsReportedAndChangesNothing() {
        model.planProgramme(List.of("Neglect"), start);
        model.setPhaseDates(cycles().get(0).phases().get(1).id(), start.plusMonths(3), start.plusMonths(2));
        assertThat(errors).singleElement().asString().contains("ends (" + start.plusMonths(2) + ") before it starts");
        assertThat(cycles().get(0).lastMonth()).isEqualTo(start.plusMonths(3));
        assertThat(model.undo().undoName.get()).isEqualTo("Undo plan 1 cycle");
    }

    @Test
    void settingsChangeTheNextPlanAndCanBeUndone() {
        model.saveSettings(new HubSettings(new PhaseLengths(1, 2, 2, 1), 9));
        assertThat(model.programme.get().settings().phaseLengths().of(org.hubdesk.domain.hub.PhaseKind.AUDITS)).isEqualTo(2);
        model.undo().undo();
        assertThat(model.programme.get().settings()).isEqualTo(HubSettings.DEFAULT);
    }

    @Test
    void theChosenYearIsExportedInTheBackground() throws Exception {
        model.planProgramme(List.of("Neglect"), start);
        model.monthViewYear.set(model.years.stream()
                .filter(y -> y.contains(start)).findFirst().orElseThrow());
        List<Path> written = new ArrayList<>();
        model.export(model.monthViewYear.get().startYear(), org.hubdesk.service.hub.TimelineExporter.Format.PDF,
                dir.resolve("timeline.pdf"), written::add);
        assertThat(written).containsExactly(dir.resolve("timeline.pdf"));
        assertThat(java.nio.file.Files.size(dir.resolve("timeline.pdf"))).isPositive();
        assertThat(model.months.get().rows()).anySatisfy(r -> assertThat(r.entries()).isNotEmpty());
    }

    @Test
    void zoomingRelaysTheSameBarsNarrower() {
        model.planProgramme(List.of("Neglect"), start);
        double wide = model.layout.get().width();
        model.monthWidth.set(TimelineViewModel.MIN_MONTH_WIDTH);
        assertThat(model.layout.get().width()).isLessThan(wide);
        assertThat(model.layout.get().bars()).hasSize(4);
    }
}
