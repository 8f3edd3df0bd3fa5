package org.hubdesk.ui.meetings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.List;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaReplan;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.meetings.Attendance;
import org.hubdesk.domain.meetings.AttendanceStatus;
import org.hubdesk.domain.meetings.Declarations;
import org.hubdesk.domain.meetings.ItemClock;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.service.meetings.MeetingService;
import org.hubdesk.ui.shell.UiContext;

/**
 * The chair's live mode. Every capture is sent to the service at once (its own transaction), so
 * what the chair has typed is on disk before the screen confirms it; after a crash the meeting
 * reopens at the same item with everything captured.
 */
public final class LiveMeetingViewModel {
    /** The clock's state for the view: text and whether it overruns or is nearly done. */
    public enum ClockState { ON_TIME, NEARLY_DONE, OVERRUN }

    private final UiContext context;
    private final MeetingService service;
    private final long meetingId;
    private final ReadOnlyObjectWrapper<MeetingDetail> detailWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<MeetingDetail> detail = detailWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper elapsedWrapper = new ReadOnlyStringWrapper("0:00");
    public final ReadOnlyStringProperty elapsed = elapsedWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper remainingWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty remaining = remainingWrapper.getReadOnlyProperty();
    private final ReadOnlyObjectWrapper<ClockState> clockStateWrapper = new ReadOnlyObjectWrapper<>(ClockState.ON_TIME);
    public final ReadOnlyObjectProperty<ClockState> clockState = clockStateWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper quoracyWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty quoracy = quoracyWrapper.getReadOnlyProperty();
    private final ReadOnlyBooleanWrapper quorateWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty quorate = quorateWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper lastSavedWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty lastSaved = lastSavedWrapper.getReadOnlyProperty();
    private final ReadOnlyBooleanWrapper endedWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty ended = endedWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper paceWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty pace = paceWrapper.getReadOnlyProperty();
    private final ReadOnlyBooleanWrapper lateWrapper = new ReadOnlyBooleanWrapper(false);
    public final ReadOnlyBooleanProperty late = lateWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper interestAlertWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty interestAlert = interestAlertWrapper.getReadOnlyProperty();

    public LiveMeetingViewModel(UiContext context, long meetingId) {
        this.context = context;
        this.service = context.services().meetings();
        this.meetingId = meetingId;
    }

    /** Starts the meeting (or resumes it where it was) and loads it. */
    public void start() {
        context.tasks().run("Starting meeting", () -> {
            service.startMeeting(meetingId);
            return service.meeting(meetingId);
        }, this::show);
    }

    public void reload() {
        context.tasks().run("Loading meeting", () -> service.meeting(meetingId), this::show);
    }

    private void show(MeetingDetail d) {
        detailWrapper.set(d);
        quoracyWrapper.set(d.quoracy().summary());
        quorateWrapper.set(d.quoracy().quorate());
        interestAlertWrapper.set(interestAlert(d));
        tick();
    }

    /** Recomputes the item clock; the view calls this every second. */
    public void tick() {
        MeetingDetail d = detailWrapper.get();
        if (d == null || d.meeting().currentItemStartedAt() == null) {
            return;
        }
        Optional<AgendaItem> item = d.currentItem();
        if (item.isEmpty()) {
            return;
        }
        ItemClock clock = new ItemClock(Duration.between(d.meeting().currentItemStartedAt(), LocalDateTime.now(context.clock())),
                item.get().minutes());
        d.pace(LocalDateTime.now(context.clock())).ifPresent(p -> {
            paceWrapper.set(p.summary());
            lateWrapper.set(p.overrunMinutes() > 0);
        });
        elapsedWrapper.set(ItemClock.format(clock.elapsed()));
        remainingWrapper.set(clock.remainingText());
        clockStateWrapper.set(clock.overrunning() ? ClockState.OVERRUN : clock.nearlyDone() ? ClockState.NEARLY_DONE : ClockState.ON_TIME);
    }

    public int currentIndex() {
        MeetingDetail d = detailWrapper.get();
        return d == null || d.meeting().currentItemId() == null ? -1 : d.indexOf(d.meeting().currentItemId());
    }

    public Optional<AgendaTiming.TimedItem> timed(int index) {
        MeetingDetail d = detailWrapper.get();
        if (d == null || index < 0 || index >= d.timing().items().size()) {
            return Optional.empty();
        }
        return Optional.of(d.timing().items().get(index));
    }

    public void next() {
        goTo(currentIndex() + 1);
    }

    public void previous() {
        goTo(currentIndex() - 1);
    }

    private void goTo(int index) {
        MeetingDetail d = detailWrapper.get();
        if (d == null || index < 0 || index >= d.items().size()) {
            return;
        }
        long itemId = d.items().get(index).id();
        context.tasks().run("Moving on", () -> {
            service.goToItem(meetingId, itemId);
            return service.meeting(meetingId);
        }, this::show);
    }

    public void checkIn(RegisterEntry member, AttendanceStatus status, String deputyName) {
        Long deputyId = null;
        String name = deputyName;
        if (status == AttendanceStatus.DEPUTY_ATTENDING && member.deputyPersonId() != null
                && (deputyName == null || deputyName.isBlank() || deputyName.strip().equals(member.deputyName()))) {
            deputyId = member.deputyPersonId();
            name = null;
        }
        Long finalDeputyId = deputyId;
        String finalName = name;
        context.tasks().run("Checking in", () -> {
            service.checkIn(meetingId, member.personId(), status, finalDeputyId, finalName);
            return service.meeting(meetingId);
        }, d -> {
            show(d);
            lastSavedWrapper.set("Saved: " + member.personName() + " – " + status.label().toLowerCase(java.util.Locale.ROOT));
        });
    }

    public Optional<Attendance> attendanceOf(RegisterEntry member) {
        MeetingDetail d = detailWrapper.get();
        return d == null ? Optional.empty() : Optional.ofNullable(d.attendance().get(member.personId()));
    }

    private Long currentItemId() {
        MeetingDetail d = detailWrapper.get();
        return d == null ? null : d.meeting().currentItemId();
    }

    public void captureDecision(String text, Runnable done, Consumer<String> onError) {
        Long item = currentItemId();
        capture("decision", () -> {
            long id = service.recordDecision(meetingId, item, text).id();
            return () -> service.deleteDecision(id);
        }, done, onError);
    }

    public void captureNote(String text, Runnable done, Consumer<String> onError) {
        Long item = currentItemId();
        capture("note", () -> {
            long id = service.recordNote(meetingId, item, text).id();
            return () -> service.deleteNote(id);
        }, done, onError);
    }

    /** Takes back the last decision, action or note captured (a slip of the keyboard), in its own transaction. */
    public void undoLastCapture() {
        Captured last = captures.pollFirst();
        if (last == null) {
            lastSavedWrapper.set("Nothing to take back");
            return;
        }
        context.tasks().run("Taking back " + last.what(), () -> {
            last.undo().run();
            return service.meeting(meetingId);
        }, d -> {
            show(d);
            lastSavedWrapper.set("Took back the last " + last.what());
        });
    }

    private record Captured(String what, Runnable undo) {
    }

    private final java.util.Deque<Captured> captures = new java.util.ArrayDeque<>();

    /** At "Noting individual cases for next meeting": the case goes on that item and onto the next agenda. */
    public void noteCaseForNextMeeting(String caseReference, Runnable done, Consumer<String> onError) {
        capture("case for next meeting", () -> {
            service.noteCaseForNextMeeting(meetingId, caseReference);
            return null;
        }, done, onError);
    }

    /** Whether the current item is where cases for the next meeting are noted. */
    public long meetingId() {
        return meetingId;
    }

    public boolean atCasesForNextMeeting() {
        MeetingDetail d = detailWrapper.get();
        return d != null && d.currentItem().map(i -> i.role() == org.hubdesk.domain.meetings.StandingRole.CASES_FOR_NEXT_MEETING).orElse(false);
    }

    public void captureAction(String description, RegisterEntry owner, String ownerText, LocalDate due, Runnable done,
                              Consumer<String> onError) {
        Long item = currentItemId();
        capture("action", () -> {
            long id = service.recordAction(meetingId, item, description, owner == null ? null : owner.personId(),
                    owner == null ? ownerText : null, due == null ? null : Timescale.ofDay(due)).id();
            return () -> service.deleteAction(id);
        }, done, onError);
    }

    /** {@code work} saves the capture and returns how to take it back (null: cannot be taken back here). */
    private void capture(String what, java.util.concurrent.Callable<Runnable> work, Runnable done, Consumer<String> onError) {
        Runnable[] undo = new Runnable[1];
        context.tasks().run("Saving " + what, progress -> {
            undo[0] = work.call();
            return service.meeting(meetingId);
        }, d -> {
            if (undo[0] != null) {
                captures.addFirst(new Captured(what, undo[0]));
            }
            show(d);
            lastSavedWrapper.set("Saved " + what + " at " + LocalDateTime.now(context.clock()).toLocalTime().withNano(0));
            done.run();
        }, onError);
    }

    /**
     * What the chair is reminded of at the current item: at the welcome, to ask for declarations;
     * at a case-learning item, who declared an interest in it.
     */
    private static String interestAlert(MeetingDetail d) {
        AgendaItem item = d.currentItem().orElse(null);
        if (Declarations.askedAt(item)) {
            return "Ask for declarations of interest (Ctrl+I records one)" + (d.declarations().isEmpty() ? ""
                    : ": " + d.declarations().size() + " recorded");
        }
        List<String> alert = Declarations.chairAlert(item, d.declarations(), d.registerNames());
        return alert.isEmpty() ? "" : "Declared an interest in this case – " + String.join("; ", alert);
    }

    /** Records a member's declaration of interest in {@code item} (null: the meeting as a whole); Ctrl+Z takes it back. */
    public void declareInterest(RegisterEntry member, AgendaItem item, String text, Runnable done, Consumer<String> onError) {
        if (member == null) {
            onError.accept("Choose the member who declares the interest");
            return;
        }
        capture("declaration of interest", () -> {
            long id = service.declareInterest(meetingId, member.personId(), item == null ? null : item.id(), text).id();
            return () -> service.withdrawDeclaration(id);
        }, done, onError);
    }

    /** Works out what a re-plan would shorten now and hands it over for the chair to confirm. */
    public void proposeReplan(Consumer<AgendaReplan> show, Consumer<String> onError) {
        context.tasks().run("Re-planning", progress -> service.proposeReplan(meetingId), show, onError);
    }

    /** Applies the re-plan the chair confirmed; it goes into the minutes. */
    public void confirmReplan(AgendaReplan plan, Runnable done, Consumer<String> onError) {
        capture("re-plan", () -> {
            service.replan(meetingId, plan.overrunMinutes());
            return null;
        }, done, onError);
    }

    public void end(Runnable whenEnded) {
        context.tasks().run("Ending meeting", () -> service.endMeeting(meetingId), d -> {
            detailWrapper.set(d);
            endedWrapper.set(true);
            whenEnded.run();
        });
    }
}
