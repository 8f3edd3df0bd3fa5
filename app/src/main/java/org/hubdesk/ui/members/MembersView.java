package org.hubdesk.ui.members;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.QuorumRule;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.ui.common.Controls;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.FileChoosers;
import org.hubdesk.ui.common.Lists;
import org.hubdesk.ui.common.Tables;
import org.hubdesk.ui.shell.ModelScreen;
import org.hubdesk.ui.shell.UiContext;

/**
 * Members and groups: the groups on the left, the chosen group's register (seed 003 Appendix 2's
 * columns plus role, core or ad hoc, deputy and dates) on the right.
 */
public final class MembersView extends ModelScreen<MembersViewModel, BorderPane> {
    private final TableView<RegisterEntry> table = new TableView<>();

    public MembersView(UiContext context) {
        super(new MembersViewModel(context), new BorderPane());
        ListView<Group> groups = new ListView<>(model.groups);
        groups.setId("group-list");
        Lists.textCells(groups, Group::name);
        Lists.selectionFollows(groups, model.selectedGroup);
        Label noGroups = new Label();
        noGroups.setWrapText(true);
        noGroups.textProperty().bind(Bindings.when(model.loaded)
                .then("No groups yet. Create one with New group.").otherwise("Loading groups…"));
        groups.setPlaceholder(noGroups);
        Button newGroup = Controls.button("New group…", "new-group", "Create a group (board, hub, forum, subgroup)",
                () -> new GroupDialog(model, null).showAndWait());
        Button editGroup = Controls.button("Edit…", "edit-group", "Edit the group's name, purpose, length, quorum and review date",
                () -> new GroupDialog(model, model.selectedGroup.get()).showAndWait());
        editGroup.disableProperty().bind(model.selectedGroup.isNull());
        HBox groupButtons = new HBox(6, newGroup, editGroup);
        root.setCenter(Lists.besideDetail("Groups", groups, 200, registerPane(), 0.19, groupButtons));
        model.load();
    }

    private Node registerPane() {
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> model.selectedGroup.get() != null ? model.selectedGroup.get().name()
                        : model.loaded.get() ? "No group chosen" : "Loading…",
                model.selectedGroup, model.loaded));
        Label summary = new Label();
        summary.textProperty().bind(model.summary);
        summary.getStyleClass().add("text-muted");

        ComboBox<QuorumRule> quorum = new ComboBox<>();
        quorum.getItems().setAll(QuorumRule.values());
        quorum.setId("quorum-rule");
        quorum.setTooltip(new Tooltip("What makes a meeting of this group quorate"));
        model.selectedGroup.addListener((o, a, g) -> quorum.setValue(g == null ? null : g.quorumRule()));
        quorum.setOnAction(e -> {
            if (quorum.getValue() != null) {
                model.setQuorumRule(quorum.getValue());
            }
        });
        Label quorumLabel = new Label("Quorum:");
        quorumLabel.setLabelFor(quorum);
        quorum.valueProperty().addListener((o, a, rule) -> quorum.getTooltip().setText(rule == null
                ? "What makes a meeting of this group quorate" : rule.description()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(12, title, summary, spacer(), quorumLabel, quorum);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.setAlignment(Pos.CENTER_LEFT);

        Label warning = new Label();
        warning.setId("quorum-warning");
        warning.textProperty().bind(model.quorumWarning);
        warning.visibleProperty().bind(model.quorumWarning.isNotNull());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.getStyleClass().addAll("warning-banner");
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.setWrapText(true);

        Button add = Controls.button("Add member…", "add-member", "Add a member to this group (Ctrl+N)", this::addMember);
        Button edit = Controls.button("Edit…", "edit-member", "Edit the selected member (Enter)", this::editSelected);
        Button end = Controls.button("End membership…", "end-member", "End the selected membership, keeping it as history", this::endSelected);
        Button remove = Controls.button("Remove", "remove-member", "Remove a membership entered by mistake (Delete)", this::removeSelected);
        Button history = Controls.button("History…", "member-history", "Who added and changed this member and their membership, and when",
                this::historyOfSelected);
        for (Button b : new Button[] {edit, end, remove, history}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        add.disableProperty().bind(model.selectedGroup.isNull());
        TextField search = new TextField();
        search.setId("register-search");
        search.setPromptText("Search name, agency, role… (Ctrl+F)");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.search);
        CheckBox showEnded = new CheckBox("Show past members");
        showEnded.selectedProperty().bindBidirectional(model.showEnded);
        Button importButton = Controls.button("Import…", "import-register", "Import members from an .xlsx or .csv register",
                this::importRegister);
        Button exportButton = Controls.button("Export…", "export-register", "Export this register to .xlsx", this::exportRegister);
        importButton.disableProperty().bind(model.selectedGroup.isNull());
        exportButton.disableProperty().bind(model.selectedGroup.isNull());
        Button terms = Controls.button("Terms of reference…", "group-terms", "The group's terms of reference; record a review of them",
                () -> new TermsDialog(model, model.selectedGroup.get()).showAndWait());
        terms.disableProperty().bind(model.selectedGroup.isNull());
        ToolBar tools = new ToolBar(add, edit, end, remove, history, new javafx.scene.control.Separator(), importButton, exportButton,
                new javafx.scene.control.Separator(), terms);
        HBox searchRow = new HBox(12, search, showEnded);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        buildTable();
        VBox pane = new VBox(8, heading, warning, tools, searchRow, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.setPadding(new Insets(10));

        pane.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                addMember();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
        return pane;
    }

    private void buildTable() {
        table.setId("register-table");
        table.setPlaceholder(new Label("No members yet. Add one with \"Add member…\" (Ctrl+N)."));
        table.getColumns().add(column("Agency", RegisterEntry::agencyName, 230));
        table.getColumns().add(column("Representatives", RegisterEntry::jobTitle, 300));
        table.getColumns().add(column("Name", RegisterEntry::personName, 140));
        table.getColumns().add(column("Joint membership?", e -> e.jointWithName() == null ? "" : "Yes, with " + e.jointWithName(), 120));
        table.getColumns().add(column("Core / ad hoc", RegisterEntry::membershipKind, 70));
        table.getColumns().add(column("Role", e -> e.role().label(), 80));
        table.getColumns().add(column("Deputy", e -> e.deputyName() == null ? "" : e.deputyName(), 120));
        table.getColumns().add(column("From", e -> e.startsOn() == null ? "" : e.startsOn().toString(), 85));
        table.getColumns().add(column("To", e -> e.endsOn() == null ? "" : e.endsOn().toString(), 85));
        SortedList<RegisterEntry> sorted = new SortedList<>(model.visibleEntries);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<RegisterEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(RegisterEntry e, boolean empty) {
                    super.updateItem(e, empty);
                    getStyleClass().remove("ended-row");
                    if (!empty && e != null && !e.isCurrentOn(model.context.today())) {
                        getStyleClass().add("ended-row");
                    }
                }
            };
            return Tables.editOnDoubleClick(row, this::editSelected);
        });
        Tables.editAndDeleteKeys(table, this::editSelected, this::removeSelected);
    }

    private static TableColumn<RegisterEntry, String> column(String title, Function<RegisterEntry, String> value, double width) {
        TableColumn<RegisterEntry, String> c = Tables.textColumn(title, width, value);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // Long agency names and job titles are readable in full on hover.
                setTooltip(empty || text == null || text.length() < 18 ? null : new Tooltip(text));
            }
        });
        return c;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private void addMember() {
        Group group = model.selectedGroup.get();
        if (group != null) {
            new MemberDialog(model, group, null).showAndWait();
        }
    }

    private void editSelected() {
        RegisterEntry entry = table.getSelectionModel().getSelectedItem();
        Group group = model.selectedGroup.get();
        if (entry != null && group != null) {
            new MemberDialog(model, group, entry).showAndWait();
        }
    }

    private void historyOfSelected() {
        RegisterEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            var context = model.context;
            org.hubdesk.ui.common.HistoryDialog.show(context.tasks(), context.owner().get(), context.services().history(),
                    entry.personName(), new org.hubdesk.ui.common.HistoryDialog.Of("person", entry.personId()),
                    new org.hubdesk.ui.common.HistoryDialog.Of("membership", entry.membershipId()));
        }
    }

    private void endSelected() {
        RegisterEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry == null) {
            return;
        }
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(model.context.owner().get());
        dialog.setTitle("End membership");
        dialog.setHeaderText("End " + entry.personName() + "'s membership. It stays in the register as history.");
        DatePicker day = org.hubdesk.ui.common.DatePickers.iso(model.context.today());
        day.setId("end-date");
        dialog.getDialogPane().setContent(new HBox(8, new Label("Last day:"), day));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? day.getValue() : null);
        Optional<LocalDate> chosen = dialog.showAndWait();
        chosen.ifPresent(d -> {
            if (entry.startsOn() != null && !d.isAfter(entry.startsOn())) {
                Dialogs.error(model.context.owner().get(), "The end date " + d + " must fall after the start date " + entry.startsOn());
                return;
            }
            model.endMembership(entry, d);
        });
    }

    private void importRegister() {
        Group group = model.selectedGroup.get();
        java.io.File file = FileChoosers.open(model.context.owner().get(), "Import a register into " + group.name(),
                FileChoosers.filter("Spreadsheets (*.xlsx, *.csv)", "*.xlsx", "*.csv"), FileChoosers.filter("All files", "*.*"));
        if (file != null) {
            importFrom(file.toPath());
        }
    }

    /** Previews {@code file}, asks for confirmation, imports. (Split from the chooser so tests can drive it.) */
    void importFrom(java.nio.file.Path file) {
        Group group = model.selectedGroup.get();
        model.previewImport(file, preview -> {
            boolean confirmed = new ImportPreviewDialog(model, preview, group.name()).showAndWait().orElse(false);
            if (confirmed) {
                model.confirmImport(preview, count -> Dialogs.info(model.context.owner().get(), "Import",
                        "Imported " + count + " members into " + group.name() + "."));
            }
        });
    }

    private void exportRegister() {
        Group group = model.selectedGroup.get();
        java.io.File file = FileChoosers.save(model.context.owner().get(), "Export the register of " + group.name(),
                group.name().replaceAll("[^A-Za-z0-9 -]", "") + " register.xlsx", FileChoosers.filter("Excel workbook", "*.xlsx"));
        if (file != null) {
            model.exportRegister(file.toPath(), () -> Dialogs.info(model.context.owner().get(), "Export", "Saved " + file));
        }
    }

    private void removeSelected() {
        RegisterEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            model.removeMembership(entry);
        }
    }

    @Override
    public void open(org.hubdesk.domain.home.DuePlace place, long id) {
        if (place == org.hubdesk.domain.home.DuePlace.GROUP) {
            model.selectGroup(id);
        }
    }
}
