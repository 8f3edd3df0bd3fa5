package org.hubdesk.ui.meetings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.ActionLogFilter;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AttendanceReport;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.service.meetings.MeetingService;
import org.hubdesk.service.meetings.MeetingSummary;
import org.hubdesk.ui.common.UndoableEdit;
import org.hubdesk.ui.shell.AreaModel;
import org.hubdesk.ui.shell.AreaViewModel;
import org.hubdesk.ui.shell.UiContext;

/**
 * The meetings area: the list of meetings (per group), the selected meeting with its agenda and
 * minutes, the action log and the attendance record. Every edit is one service call (one
 * transaction) run off the FX thread; agenda edits are undoable.
 */
public final class MeetingsViewModel extends AreaViewModel implements AreaModel {
    private final MeetingService service;

    public final ObservableList<Group> groups = FXCollections.observableArrayList();
    public final ObservableList<Person> people = FXCollections.observableArrayList();
    public final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    public final ObjectProperty<Group> groupFilter = new SimpleObjectProperty<>();
    public final ObservableList<MeetingSummary> meetings = FXCollections.observableArrayList();
    public final ObjectProperty<MeetingSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<MeetingDetail> detailWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<MeetingDetail> detail = detailWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper minutesWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty minutes = minutesWrapper.getReadOnlyProperty();
    /** The meeting's row version when the minutes on screen were loaded or last saved. */
    private int minutesVersion;
    public final ObservableList<ActionLogEntry> actionLog = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AttendanceReport.Result> attendanceWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<AttendanceReport.Result> attendance = attendanceWrapper.getReadOnlyProperty();
    private long selectAfterLoad = -1;

    public MeetingsViewModel(UiContext context) {
        super(context);
        this.service = context.services().meetings();
        groupFilter.addListener((o, a, b) -> loadMeetings());
        selected.addListener((o, a, s) -> loadDetail());
    }

    @Override
    public void load() {
        context.tasks().run("Loading meetings", () -> new Lookups(context.services().members().groups(),
                context.services().members().people(), context.services().members().agencies()), l -> {
                    groups.setAll(l.groups());
                    people.setAll(l.people());
                    agencies.setAll(l.agencies());
                    loadMeetings();
                });
    }

    private record Lookups(List<Group> groups, List<Person> people, List<Agency> agencies) {
    }

    public void loadMeetings() {
        Long groupId = groupFilter.get() == null ? null : groupFilter.get().id();
        context.tasks().run("Loading meetings", () -> service.meetings(groupId), list -> {
            long wanted = selectAfterLoad >= 0 ? selectAfterLoad : selected.get() == null ? -1 : selected.get().meeting().id();
            selectAfterLoad = -1;
            meetings.setAll(list);
            MeetingSummary again = list.stream().filter(s -> s.meeting().id() == wanted).findFirst()
                    .orElseGet(() -> list.stream().filter(s -> !s.meeting().meetingDate().isBefore(context.today())).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(list.size() - 1)));
            if (again != null && selected.get() != null && again.meeting().id() == selected.get().meeting().id()) {
                selected.set(again);
                loadDetail();
            } else {
                selected.set(again);
            }
        });
    }

    public void loadDetail() {
        MeetingSummary s = selected.get();
        if (s == null) {
            detailWrapper.set(null);
            minutesWrapper.set("");
            return;
        }
        long id = s.meeting().id();
        context.tasks().run("Loading meeting", () -> new Loaded(service.meeting(id), service.minutesForEdit(id)), loaded -> {
            if (selected.get() != null && selected.get().meeting().id() == id) {
                detailWrapper.set(loaded.detail());
                minutesVersion = loaded.minutes().version();
                minutesWrapper.set(loaded.minutes().value());
            }
        });
    }

    private record Loaded(MeetingDetail detail, Versioned<String> minutes) {
    }

    public void select(long meetingId) {
        meetings.stream().filter(s -> s.meeting().id() == meetingId).findFirst().ifPresentOrElse(selected::set, () -> {
            selectAfterLoad = meetingId;
            loadMeetings();
        });
    }

    // ---- declarations of interest (also recorded in live mode)

    /** Records a member's declaration of interest in an item (null: the meeting as a whole). */
    public void declareInterest(long personId, Long itemId, String text, Runnable done, Consumer<String> onError) {
        MeetingDetail d = detailWrapper.get();
        if (d == null) {
            return;
        }
        long id = d.meeting().id();
        context.tasks().run("Recording the declaration", progress -> service.declareInterest(id, personId, itemId, text), x -> {
            loadMeetings();
            done.run();
        }, onError);
    }

    public void withdrawDeclaration(long declarationId) {
        context.tasks().run("Removing the declaration", () -> {
            service.withdrawDeclaration(declarationId);
            return null;
        }, x -> loadMeetings());
    }

    // ---- planning

    public void newMeeting(Group group, LocalDate date, LocalTime start, String place, Runnable done, Consumer<String> onError) {
        context.tasks().run("Planning meeting", progress -> service.newMeeting(group.id(), date, start, place), d -> {
            selectAfterLoad = d.meeting().id();
            loadMeetings();
            done.run();
        }, onError);
    }

    /** The chosen meeting as it is now, with its row version: the date-and-place dialog opens with this. */
    public Versioned<Meeting> meetingForEdit() {
        MeetingDetail d = detailWrapper.get();
        return d == null ? null : service.meetingForEdit(d.meeting().id());
    }

    /**
     * Moves the meeting as opened at {@code openedVersion}; undoable. A refusal (a date in the past;
     * a colleague's save since it was opened) comes back through {@code onError}.
     */
    public void reschedule(LocalDate date, LocalTime start, String place, int openedVersion, Runnable done, Consumer<String> onError) {
        MeetingDetail d = detailWrapper.get();
        if (d == null) {
            return;
        }
        long id = d.meeting().id();
        context.tasks().run("Moving meeting", progress -> service.reschedule(id, date, start, place, openedVersion), before -> {
            undo.done(edit("move meeting", () -> service.reschedule(id, before.meetingDate(), before.startsAt(), before.place()),
                    () -> service.reschedule(id, date, start, place)));
            loadMeetings();
            done.run();
        }, onError);
    }

    public void setStatus(MeetingStatus status) {
        MeetingDetail d = detailWrapper.get();
        if (d != null) {
            context.tasks().run("Saving", () -> service.setStatus(d.meeting().id(), status), before -> loadMeetings());
        }
    }

    public void markPapersSent() {
        MeetingDetail d = detailWrapper.get();
        if (d != null) {
            context.tasks().run("Saving", () -> service.markPapersSent(d.meeting().id(), context.today()), before -> loadMeetings());
        }
    }

    public void markMinutesSent() {
        MeetingDetail d = detailWrapper.get();
        if (d != null) {
            context.tasks().run("Saving", () -> service.markMinutesSent(d.meeting().id(), context.today()), before -> loadMeetings());
        }
    }

    public void refreshStandingItems() {
        MeetingDetail d = detailWrapper.get();
        if (d != null) {
            context.tasks().run("Refreshing standing items", () -> service.refreshStandingItems(d.meeting().id()), x -> loadDetail());
        }
    }

    public void saveAgendaAsTemplate(Runnable done) {
        MeetingDetail d = detailWrapper.get();
        if (d != null) {
            context.tasks().run("Saving standard agenda", () -> service.saveAgendaAsTemplate(d.meeting().id()), x -> done.run());
        }
    }

    // ---- agenda edits (undoable)

    public void addItem(AgendaItem draft) {
        MeetingDetail d = detailWrapper.get();
        if (d == null) {
            return;
        }
        context.tasks().run("Adding item", () -> service.addItem(d.meeting().id(), draft), added -> {
            undo.done(edit("add item", () -> service.removeItem(added.id()), () -> service.restoreItem(added)));
            loadDetail();
        });
    }

    /** The item as it is now, with its row version: the edit dialog opens with this. */
    public Versioned<AgendaItem> itemForEdit(long itemId) {
        return service.itemForEdit(itemId);
    }

    /**
     * Saves an item edited from {@code openedVersion}; a rule broken (e.g. minutes not positive) or a
     * colleague's save since it was opened comes back through {@code onError}, nothing saved.
     */
    public void updateItem(AgendaItem item, int openedVersion, Runnable done, Consumer<String> onError) {
        context.tasks().run("Saving item", progress -> service.updateItem(item, openedVersion), before -> {
            undo.done(edit("edit item", () -> service.updateItem(before), () -> service.updateItem(item)));
            loadDetail();
            done.run();
        }, onError);
    }

    public void removeItem(AgendaItem item) {
        context.tasks().run("Removing item", () -> service.removeItem(item.id()), gone -> {
            undo.done(edit("remove item", () -> service.restoreItem(gone), () -> service.removeItem(gone.id())));
            loadDetail();
        });
    }

    public void moveItem(AgendaItem item, int newIndex) {
        MeetingDetail d = detailWrapper.get();
        if (d == null) {
            return;
        }
        int oldIndex = d.indexOf(item.id());
        if (oldIndex < 0 || newIndex < 0 || newIndex >= d.items().size() || newIndex == oldIndex) {
            return;
        }
        context.tasks().run("Moving item", () -> service.moveItem(item.id(), newIndex), order -> {
            undo.done(edit("move item", () -> service.moveItem(item.id(), oldIndex), () -> service.moveItem(item.id(), newIndex)));
            loadDetail();
        });
    }

    private UndoableEdit edit(String name, Runnable undoWork, Runnable redoWork) {
        return UndoableEdit.inBackground(context.tasks(), name, undoWork, redoWork, this::loadDetail);
    }

    // ---- minutes

    public void saveMinutes(String text) {
        MeetingDetail d = detailWrapper.get();
        if (d == null) {
            return;
        }
        // Saved against the version the minutes were loaded at: a colleague's save since is refused (the
        // error dialog shows both), and the text typed here stays on screen.
        int opened = minutesVersion;
        context.tasks().run("Saving minutes", () -> service.saveMinutes(d.meeting().id(), text, opened), version -> {
            minutesVersion = version;
            minutesWrapper.set(text);
        });
    }

    public void rebuildMinutes() {
        MeetingDetail d = detailWrapper.get();
        if (d != null) {
            long id = d.meeting().id();
            context.tasks().run("Building minutes draft", () -> {
                service.rebuildMinutesDraft(id);
                return service.minutesForEdit(id);
            }, rebuilt -> {
                minutesVersion = rebuilt.version();
                minutesWrapper.set(rebuilt.value());
            });
        }
    }

    // ---- exports

    /** Writes the meeting request (or, once cancelled, the cancellation); {@code done} gets what it said. */
    public void exportIcs(Path file, Consumer<MeetingService.InvitationWritten> done) {
        MeetingDetail d = detailWrapper.get();
        if (d != null) {
            context.tasks().run("Writing invitation", () -> service.writeInvitation(d.meeting().id(), null, file), done);
        }
    }

    /** Agenda or minutes as DOCX or PDF, the format from the file's ending. */
    public void exportDocument(boolean minutesNotAgenda, Path file, Consumer<Path> done) {
        MeetingDetail d = detailWrapper.get();
        if (d == null) {
            return;
        }
        org.hubdesk.report.ReportFormat format = org.hubdesk.report.ReportFormat.ofFile(file);
        if (format == null) {
            format = org.hubdesk.report.ReportFormat.ofFile(Path.of(file + ".docx"));
            file = Path.of(file + ".docx");
        }
        org.hubdesk.report.ReportFormat f = format;
        Path target = file;
        long id = d.meeting().id();
        context.tasks().run(minutesNotAgenda ? "Writing minutes" : "Writing agenda",
                () -> minutesNotAgenda ? service.exportMinutes(id, f, target) : service.exportAgenda(id, f, target), done);
    }

    public void exportPack(Path file, Consumer<org.hubdesk.report.meetings.MeetingPack.Written> done) {
        MeetingDetail d = detailWrapper.get();
        if (d != null) {
            context.tasks().run("Writing meeting pack", () -> service.writePack(d.meeting().id(), file), done);
        }
    }

    // ---- action log and attendance

    public void loadActionLog(ActionLogFilter filter) {
        context.tasks().run("Loading action log", () -> service.actionLog(filter), actionLog::setAll);
    }

    public void setActionStatus(ActionLogEntry entry, org.hubdesk.domain.actions.ActionStatus status, Runnable done) {
        context.tasks().run("Saving action", () -> context.services().actions().setStatus(entry.action().id(), status, context.today()),
                before -> done.run());
    }

    public void loadAttendance(Group group, LocalDate from, LocalDate to) {
        Long groupId = group == null ? null : group.id();
        context.tasks().run("Counting attendance", () -> service.attendanceRecord(groupId, from, to), attendanceWrapper::set);
    }

    // ---- properties
}
