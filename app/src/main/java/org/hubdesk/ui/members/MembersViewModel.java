package org.hubdesk.ui.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.Membership;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.members.QuorumRule;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.service.members.MembersService;
import org.hubdesk.ui.common.UndoableEdit;
import org.hubdesk.ui.shell.AreaModel;
import org.hubdesk.ui.shell.AreaViewModel;
import org.hubdesk.ui.shell.UiContext;

/**
 * The Members and groups screen's state: the groups, the chosen group's register (filtered by
 * the search text and the "show ended" switch) and the quoracy warning. Every edit goes through
 * {@link MembersService} in one transaction and is recorded for undo.
 */
public final class MembersViewModel extends AreaViewModel implements AreaModel {
    private final MembersService members;

    public final ObservableList<Group> groups = FXCollections.observableArrayList();
    public final ObjectProperty<Group> selectedGroup = new SimpleObjectProperty<>();
    private final ObservableList<RegisterEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<RegisterEntry> filtered = new FilteredList<>(entries);
    public final ObservableList<RegisterEntry> visibleEntries = filtered;
    public final StringProperty search = new SimpleStringProperty("");
    public final BooleanProperty showEnded = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper quorumWarningWrapper = new ReadOnlyStringWrapper();
    public final ReadOnlyStringProperty quorumWarning = quorumWarningWrapper.getReadOnlyProperty();
    private final ReadOnlyStringWrapper summaryWrapper = new ReadOnlyStringWrapper("");
    public final ReadOnlyStringProperty summary = summaryWrapper.getReadOnlyProperty();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loadedWrapper = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    /** False until the first load has come back, so the screen says "Loading" rather than "No groups yet". */
    public final javafx.beans.property.ReadOnlyBooleanProperty loaded = loadedWrapper.getReadOnlyProperty();
    public final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    public final ObservableList<Person> people = FXCollections.observableArrayList();

    public MembersViewModel(UiContext context) {
        super(context);
        this.members = context.services().members();
        selectedGroup.addListener((o, was, group) -> reloadRegister());
        search.addListener((o, a, b) -> refilter());
        showEnded.addListener((o, a, b) -> refilter());
    }

    /** Loads groups, agencies and people; keeps the selected group if it still exists. */
    @Override
    public void load() {
        context.tasks().run("Loading groups", () -> new Lookups(members.groups(), members.agencies(), members.people()),
                lookups -> {
                    loadedWrapper.set(true);
                    Group previous = selectedGroup.get();
                    groups.setAll(lookups.groups());
                    agencies.setAll(lookups.agencies());
                    people.setAll(lookups.people());
                    long wanted = selectAfterLoad >= 0 ? selectAfterLoad : previous == null ? -1 : previous.id();
                    selectAfterLoad = -1;
                    Group again = groups.stream().filter(g -> g.id() == wanted).findFirst().orElse(null);
                    if (again == null && !groups.isEmpty()) {
                        again = groups.get(0);
                    }
                    if (again != null && again.equals(previous)) {
                        reloadRegister();
                    } else {
                        selectedGroup.set(again);
                    }
                });
    }

    private record Lookups(List<Group> groups, List<Agency> agencies, List<Person> people) {
    }

    void reloadRegister() {
        Group group = selectedGroup.get();
        if (group == null) {
            entries.clear();
            quorumWarningWrapper.set(null);
            summaryWrapper.set("");
            return;
        }
        long groupId = group.id();
        context.tasks().run("Loading register", () -> members.register(groupId), register -> {
            if (selectedGroup.get() == null || selectedGroup.get().id() != groupId) {
                return;
            }
            entries.setAll(register.entries());
            quorumWarningWrapper.set(register.quorumWarning());
            long core = register.current().stream().filter(RegisterEntry::core).count();
            long adHoc = register.current().size() - core;
            LocalDate review = register.group().termsReviewDate();
            summaryWrapper.set(core + " core, " + adHoc + " ad hoc" + (register.entries().size() > register.current().size()
                    ? ", " + (register.entries().size() - register.current().size()) + " past" : "")
                    + (review == null ? "" : review.isBefore(context.today())
                            ? " · terms of reference review overdue since " + review
                            : " · terms of reference review due " + review));
            refilter();
        });
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        LocalDate today = context.today();
        filtered.setPredicate(e -> (showEnded.get() || e.isCurrentOn(today)) && (text.isEmpty() || matches(e, text)));
    }

    private static boolean matches(RegisterEntry e, String text) {
        for (String field : new String[] {e.personName(), e.jobTitle(), e.agencyName(), e.email(), e.deputyName(), e.jointWithName(),
            e.role().label(), e.membershipKind()}) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    // ---- edits (each one transaction, each undoable)

    /** Adds a member; throws a UserInputException (shown in the dialog, which stays open) if a rule is broken. */
    public void addMember(Person newPerson, Membership membership) {
        Membership added = members.addMember(newPerson, membership);
        String who = newPerson != null ? newPerson.fullName() : personName(membership.personId());
        undo.done(UndoableEdit.of("add " + who,
            () -> run("Undoing", () -> members.removeMembership(added.id())),
            () -> {
                run("Redoing", () -> {
                    members.restoreMembership(added);
                    return null;
                });
            }));
        load();
    }

    /** The person as they are now with their row version, for an edit dialog to save against. */
    public org.hubdesk.domain.common.Versioned<Person> personForEdit(long personId) {
        return members.personForEdit(personId);
    }

    public void updateMember(Person person, Membership membership) {
        updateMember(person, membership, null);
    }

    /**
     * Saves an edit of a member; with {@code opened} (the person as the dialog opened them) the save
     * is refused, nothing written, if someone else saved that person since (a team database).
     */
    public void updateMember(Person person, Membership membership, org.hubdesk.domain.common.Versioned<Person> opened) {
        Membership before = opened != null && person != null && opened.value().id() == person.id()
                ? members.updateMember(person, opened.version(), membership)
                : members.updateMember(person, membership);
        Person personBefore = people.stream().filter(p -> p.id() == membership.personId()).findFirst().orElse(null);
        undo.done(UndoableEdit.of("edit " + personName(membership.personId()),
            () -> run("Undoing", () -> members.updateMember(personBefore, before)),
            () -> run("Redoing", () -> members.updateMember(person, membership))));
        load();
    }

    public void endMembership(RegisterEntry entry, LocalDate endsOn) {
        context.tasks().run("Ending membership", () -> members.endMembership(entry.membershipId(), endsOn), before -> {
            undo.done(UndoableEdit.of("end membership of " + entry.personName(),
                () -> {
                    run("Undoing", () -> {
                        members.updateMembership(before);
                        return null;
                    });
                },
                () -> run("Redoing", () -> members.endMembership(entry.membershipId(), endsOn))));
            reloadRegister();
        });
    }

    public void removeMembership(RegisterEntry entry) {
        context.tasks().run("Removing member", () -> members.removeMembership(entry.membershipId()), removed -> {
            undo.done(UndoableEdit.of("remove " + entry.personName(),
                () -> {
                    run("Undoing", () -> {
                        members.restoreMembership(removed);
                        return null;
                    });
                },
                () -> run("Redoing", () -> members.removeMembership(removed.id()))));
            reloadRegister();
        });
    }

    /** The group as it is now with its row version, for the group dialog to save against. */
    public org.hubdesk.domain.common.Versioned<Group> groupForEdit(long groupId) {
        return members.groupForEdit(groupId);
    }

    /**
     * Creates or edits a group (synchronously, so the dialog can show a broken rule, or a colleague's
     * save since {@code opened}: then nothing is saved and the message shows both versions).
     */
    public void saveGroup(Group group, Group before, org.hubdesk.domain.common.Versioned<Group> opened) {
        Group saved = members.saveGroup(group, opened == null ? null : opened.version());
        undo.done(UndoableEdit.of(before == null ? "new group" : "edit group",
            () -> {
                if (before != null) {
                    run("Undoing", () -> members.saveGroup(before));
                }
            },
            () -> run("Redoing", () -> members.saveGroup(saved))));
        if (before == null) {
            selectedGroup.set(null);
        }
        selectAfterLoad = saved.id();
        load();
    }

    private long selectAfterLoad = -1;

    // ---- terms of reference

    public void termsOfReference(long groupId, java.util.function.Consumer<org.hubdesk.domain.governance.TermsOfReference> then) {
        context.tasks().run("Loading terms of reference", () -> context.services().governance().termsOfReference(groupId), then);
    }

    /** Records a review of the group's terms; the group's review date moves to the one given. */
    public void recordTermsReview(long groupId, LocalDate reviewedOn, LocalDate next, String note, Runnable done,
                                  java.util.function.Consumer<String> onError) {
        context.tasks().run("Recording the review", progress -> context.services().governance().recordReview(groupId, reviewedOn, next, note),
                r -> {
                    selectAfterLoad = groupId;
                    load();
                    done.run();
                }, onError);
    }

    public void setAccountability(long groupId, String text, Runnable done, java.util.function.Consumer<String> onError) {
        context.tasks().run("Saving accountability", progress -> {
            context.services().governance().setAccountability(groupId, text);
            return groupId;
        }, id -> done.run(), onError);
    }

    /** Selects a group by id (from Home), loading the groups first if need be. */
    public void selectGroup(long groupId) {
        groups.stream().filter(g -> g.id() == groupId).findFirst().ifPresentOrElse(selectedGroup::set, () -> {
            selectAfterLoad = groupId;
            load();
        });
    }

    /** Adds an agency (synchronously, for the dialog) and returns it with its id. */
    public Agency addAgency(Agency agency) {
        Agency added = members.addAgency(agency);
        agencies.add(added);
        agencies.sort(java.util.Comparator.comparing(Agency::name, String.CASE_INSENSITIVE_ORDER));
        return added;
    }

    /** Reads a spreadsheet off the FX thread and hands the preview to {@code show}; writes nothing. */
    public void previewImport(java.nio.file.Path file, java.util.function.Consumer<org.hubdesk.service.members.ImportPreview> show) {
        Group group = selectedGroup.get();
        if (group == null) {
            return;
        }
        context.tasks().run("Reading " + file.getFileName(), () -> context.services().registerImport().preview(file, group.id()), show);
    }

    public void confirmImport(org.hubdesk.service.members.ImportPreview preview, java.util.function.Consumer<Integer> done) {
        context.tasks().run("Importing members", () -> context.services().registerImport().importConfirmed(preview), count -> {
            load();
            done.accept(count);
        });
    }

    public void exportRegister(java.nio.file.Path file, Runnable done) {
        Group group = selectedGroup.get();
        if (group == null) {
            return;
        }
        context.tasks().run("Exporting register", () -> {
            context.services().registerImport().exportRegister(group.id(), file);
            return file;
        }, path -> done.run());
    }

    public void setQuorumRule(QuorumRule rule) {
        Group group = selectedGroup.get();
        if (group == null || group.quorumRule() == rule) {
            return;
        }
        Group changed = withRule(group, rule);
        context.tasks().run("Saving quorum rule", () -> members.saveGroup(changed), saved -> {
            undo.done(UndoableEdit.of("quorum rule change",
                () -> run("Undoing", () -> members.saveGroup(group)),
                () -> run("Redoing", () -> members.saveGroup(changed))));
            load();
        });
    }

    private static Group withRule(Group g, QuorumRule rule) {
        return new Group(g.id(), g.name(), g.kind(), g.purpose(), g.meetingFrequency(), g.usualLengthMinutes(), rule,
                g.reportsToGroupId(), g.termsReviewDate());
    }

    private <T> void run(String title, java.util.concurrent.Callable<T> work) {
        context.tasks().run(title, work, result -> load());
    }

    private String personName(long personId) {
        return people.stream().filter(p -> p.id() == personId).map(Person::fullName).findFirst().orElse("member");
    }

    public Person person(long id) {
        return people.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    public Membership membershipOf(RegisterEntry e) {
        return new Membership(e.membershipId(), e.groupId(), e.personId(), e.core(), e.role(), e.jointWithPersonId(),
                e.deputyPersonId(), e.startsOn(), e.endsOn());
    }
}
