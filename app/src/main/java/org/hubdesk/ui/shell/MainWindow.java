package org.hubdesk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.hubdesk.ui.common.UndoManager;

/**
 * The main window's content: menus, the area sidebar, the current area and a status bar that
 * shows background work. Database-level commands (new, open, back up, about) are the app's.
 */
public final class MainWindow {
    /** What the File and Help menus ask of the application. */
    public interface AppCommands {
        void newDatabase();

        void openDatabase();

        /** File > Open a team database: a PostgreSQL server's URL, user and password. */
        default void openTeamDatabase() {
        }

        void backUpNow();

        /** File > Restore: pick a backup from the data folder's backups/. */
        default void restoreBackup() {
        }

        void about();

        void exit();
    }

    private final UiContext context;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ListView<Area> sidebar = new ListView<>(FXCollections.observableArrayList(Area.values()));
    private final Map<Area, AreaView> views = new EnumMap<>(Area.class);
    /** What each area's lists were loaded from: the data's revision and the day (Home counts from today). */
    private final Map<Area, Seen> seen = new EnumMap<>(Area.class);
    private final MenuItem undoItem = new MenuItem("Undo");
    private final MenuItem redoItem = new MenuItem("Redo");

    public MainWindow(UiContext context, AppCommands commands, String partnershipName) {
        this.context = context;
        root.setTop(menus(commands));
        sidebar.setId("sidebar");
        sidebar.setPrefWidth(170);
        sidebar.getSelectionModel().selectedItemProperty().addListener((o, was, area) -> {
            if (area != null) {
                show(area);
            }
        });
        Label partnership = new Label(partnershipName);
        partnership.setWrapText(true);
        partnership.getStyleClass().add("text-bold");
        partnership.setPadding(new Insets(10));
        BorderPane left = new BorderPane(sidebar);
        left.setTop(partnership);
        left.setPrefWidth(180);
        root.setLeft(left);
        content.setPadding(new Insets(0));
        root.setCenter(content);
        root.setBottom(statusBar());
        sidebar.getSelectionModel().select(Area.HOME);
        sidebar.setAccessibleText("Areas");
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                org.hubdesk.ui.common.AccessibleNames.install(scene);
            }
        });
        org.hubdesk.ui.common.AccessibleNames.installOnEveryWindow();
    }

    public Parent root() {
        return root;
    }

    public void show(Area area) {
        AreaView view = views.computeIfAbsent(area, a -> Areas.create(a, context, this::open));
        content.getChildren().setAll(view.node());
        if (sidebar.getSelectionModel().getSelectedItem() != area) {
            sidebar.getSelectionModel().select(area);
        }
        bindUndo(view.undoManager());
        Seen now = new Seen(context.services().revision(), context.today());
        // An area reloads only when something was saved since it last loaded (or the day changed): switching back
        // to an area is then instant. A team database always reloads, since colleagues' edits are not counted.
        if (context.services().teamDatabase() || !now.equals(seen.put(area, now))) {
            view.shown();
        }
        org.hubdesk.ui.common.AccessibleNames.fill(root);
    }

    private record Seen(long revision, java.time.LocalDate day) {
    }

    /** Opens the area where a due item is dealt with and selects its record there. */
    public void open(org.hubdesk.domain.home.DuePlace place, long id) {
        Area area = Areas.of(place);
        seen.remove(area); // an area selects a record as its lists arrive
        show(area);
        views.get(area).open(place, id);
    }

    /** Reloads the area on screen (a colleague changed the team database). */
    public void refreshShown() {
        AreaView view = views.get(shownArea());
        if (view != null) {
            view.shown();
        }
    }

    public Area shownArea() {
        return sidebar.getSelectionModel().getSelectedItem();
    }

    public AreaView view(Area area) {
        return views.get(area);
    }

    private void bindUndo(UndoManager undo) {
        undoItem.textProperty().unbind();
        redoItem.textProperty().unbind();
        undoItem.disableProperty().unbind();
        redoItem.disableProperty().unbind();
        if (undo == null) {
            undoItem.setText("Undo");
            redoItem.setText("Redo");
            undoItem.setDisable(true);
            redoItem.setDisable(true);
            undoItem.setOnAction(null);
            redoItem.setOnAction(null);
            return;
        }
        undoItem.textProperty().bind(undo.undoName);
        redoItem.textProperty().bind(undo.redoName);
        undoItem.disableProperty().bind(undo.canUndo.not());
        redoItem.disableProperty().bind(undo.canRedo.not());
        undoItem.setOnAction(e -> undo.undo());
        redoItem.setOnAction(e -> undo.redo());
    }

    private MenuBar menus(AppCommands commands) {
        MenuItem newDb = item("_New database…", "Shortcut+Shift+N", commands::newDatabase);
        MenuItem openDb = item("_Open database…", "Shortcut+O", commands::openDatabase);
        MenuItem openTeam = item("Open a _team database…", null, commands::openTeamDatabase);
        MenuItem backup = item("_Back up now…", "Shortcut+Shift+B", commands::backUpNow);
        MenuItem restore = item("_Restore…", null, commands::restoreBackup);
        restore.setId("menu-restore");
        MenuItem exit = item("E_xit", "Shortcut+Q", commands::exit);
        Menu file = new Menu("_File", null, newDb, openDb, openTeam, new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), exit);

        undoItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        redoItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        undoItem.setId("menu-undo");
        redoItem.setId("menu-redo");
        Menu edit = new Menu("_Edit", null, undoItem, redoItem);

        Menu go = new Menu("_Go");
        for (Area area : Area.values()) {
            go.getItems().add(item(area.title(), "Shortcut+" + ((area.ordinal() + 1) % 10), () -> show(area)));
        }
        Menu help = new Menu("_Help", null, item("_About Hubdesk", "F1", commands::about));
        MenuBar bar = new MenuBar(file, edit, go, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox statusBar() {
        Label message = new Label();
        message.textProperty().bind(context.tasks().message);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(context.tasks().progress);
        progress.visibleProperty().bind(Bindings.isNotEmpty(context.tasks().message));
        progress.setPrefWidth(160);
        Label store = new Label(context.services().teamDatabase() ? "Team database: " + context.services().location()
                .replaceFirst("^the team database ", "")
                : (context.services().encrypted() ? "Encrypted store: " : "Store (not encrypted): ") + context.services().dataDirectory());
        store.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, store, spacer, message, progress);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
