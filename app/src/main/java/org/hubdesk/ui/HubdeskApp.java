package org.hubdesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.hubdesk.domain.common.StoreException;
import org.hubdesk.service.backup.BackupService;
import org.hubdesk.ui.common.FileChoosers;
import org.hubdesk.ui.shell.RestoreDialog;
import org.hubdesk.service.DataDirectory;
import org.hubdesk.service.Services;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.shell.MainWindow;
import org.hubdesk.ui.shell.StartupDialogs;
import org.hubdesk.ui.shell.TeamDatabaseDialog;
import org.hubdesk.ui.shell.ChangeWatcher;
import org.hubdesk.ui.shell.UiContext;

/**
 * The desktop application: finds the data folder, opens (or creates) its database off the FX
 * thread, then shows the main window. File > New/Open switch to another folder.
 */
public final class HubdeskApp extends Application {
    private static final Logger LOG = Logger.getLogger(HubdeskApp.class.getName());

    private Stage stage;
    private Services services;
    /** Polls a team database for colleagues' changes while its main window is shown. */
    private ChangeWatcher watcher;
    private BackgroundTasks tasks;
    private final org.hubdesk.ui.shell.WindowStateAccess windowState = new org.hubdesk.ui.shell.WindowStateAccess();

    public static void launchApp(String[] args) {
        Application.launch(HubdeskApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = primary;
        stage.setTitle("Hubdesk");
        var icon = HubdeskApp.class.getResource("hubdesk.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        tasks = BackgroundTasks.onWorkerThread(message -> Dialogs.error(stage, message));
        Label opening = new Label("Opening Hubdesk…");
        Scene scene = new Scene(new StackPane(opening), 1280, 760);
        scene.getStylesheets().add(HubdeskApp.class.getResource("hubdesk.css").toExternalForm());
        org.hubdesk.ui.common.TextSize.follow(scene);
        stage.setScene(scene);
        windowState.restore(stage);
        stage.setOnCloseRequest(e -> shutDown());
        stage.show();
        Optional<org.hubdesk.service.TeamDatabase> team;
        try {
            team = org.hubdesk.service.TeamDatabase.configured(null, null);
        } catch (org.hubdesk.domain.common.UserInputException e) {
            Dialogs.error(stage, e.getMessage());
            Platform.exit();
            return;
        }
        if (team.isPresent()) {
            openTeam(team.get(), org.hubdesk.service.TeamDatabase.password(null), true);
        } else {
            openFolder(DataDirectory.resolve(null), true);
        }
    }

    /**
     * A team database (HUBDESK_DATABASE_URL, or File > Open a team database): opened as it is (an
     * empty one gets the demo or an empty partnership). {@code firstWindow} quits on a problem.
     */
    private void openTeam(org.hubdesk.service.TeamDatabase team, char[] password, boolean firstWindow) {
        tasks.run("Opening the team database", () -> {
            try {
                return new Opened(Services.openTeam(team, password, DataDirectory.resolve(null)), null);
            } catch (StoreException e) {
                return new Opened(null, e);
            }
        }, opened -> {
            if (opened.services() == null) {
                Dialogs.error(stage, opened.problem().getMessage());
                quitIf(firstWindow);
            } else if (!opened.services().demo().hasPartnership()) {
                Services empty = opened.services();
                Optional<StartupDialogs.NewDatabaseChoice> choice = StartupDialogs.firstStart(stage, DataDirectory.resolve(null));
                if (choice.isEmpty()) {
                    empty.close();
                    quitIf(firstWindow);
                    return;
                }
                tasks.run("Setting up the team database", progress -> {
                    if (choice.get().demo()) {
                        empty.demo().createDemo(0, LocalDate.now());
                    } else {
                        empty.demo().createEmpty(choice.get().partnershipName());
                    }
                    return empty;
                }, (Services ready) -> showMain(ready), problem -> quitIf(firstWindow));
            } else {
                showMain(opened.services());
            }
        });
    }

    private record Opened(Services services, StoreException problem) {
    }

    /** Opens the database in {@code folder}, asking what is needed; {@code firstWindow} quits on cancel. */
    private void openFolder(Path folder, boolean firstWindow) {
        if (!Services.databaseExists(folder)) {
            Optional<StartupDialogs.NewDatabaseChoice> choice = StartupDialogs.firstStart(stage, folder);
            if (choice.isEmpty()) {
                quitIf(firstWindow);
                return;
            }
            StartupDialogs.NewDatabaseChoice c = choice.get();
            tasks.run(c.demo() ? "Creating the demo partnership" : "Creating the partnership", progress -> {
                Services created = Services.open(folder, c.passphrase());
                if (c.demo()) {
                    created.demo().createDemo(0, LocalDate.now());
                } else {
                    created.demo().createEmpty(c.partnershipName());
                }
                return created;
            }, (Services created) -> showMain(created), problem -> quitIf(firstWindow));
            return;
        }
        char[] passphrase = null;
        if (Services.databaseEncrypted(folder)) {
            passphrase = StartupDialogs.passphrase(stage, folder, null).orElse(null);
            if (passphrase == null) {
                quitIf(firstWindow);
                return;
            }
        }
        openWith(folder, passphrase, firstWindow);
    }

    private void retryPassphrase(Path folder, boolean firstWindow, String problem) {
        Optional<char[]> again = StartupDialogs.passphrase(stage, folder, problem);
        if (again.isEmpty()) {
            quitIf(firstWindow);
            return;
        }
        openWith(folder, again.get(), firstWindow);
    }

    /**
     * Opens the existing store with {@code passphrase} (null if not encrypted): a wrong one asks
     * again, a damaged store offers its backups (with a copy of the passphrase, which opening wipes).
     */
    private void openWith(Path folder, char[] passphrase, boolean firstWindow) {
        char[] typed = passphrase == null ? null : passphrase.clone();
        tasks.run("Opening the database", () -> {
            try {
                return new Opened(Services.open(folder, passphrase), null);
            } catch (StoreException e) {
                return new Opened(null, e);
            }
        }, opened -> {
            if (opened.services() != null) {
                showMain(opened.services());
            } else if (opened.problem().reason() == StoreException.Reason.WRONG_PASSPHRASE) {
                retryPassphrase(folder, firstWindow, opened.problem().getMessage());
            } else if (opened.problem().reason() == StoreException.Reason.CORRUPT) {
                offerRestore(folder, typed, firstWindow, opened.problem().getMessage());
            } else {
                Dialogs.error(stage, opened.problem().getMessage());
                quitIf(firstWindow);
            }
        });
    }

    /** A damaged store: offer the backups to restore (the list read and the restore run off the FX thread). */
    private void offerRestore(Path folder, char[] passphrase, boolean firstWindow, String problem) {
        tasks.run("Reading the backups", () -> BackupService.list(folder), backups -> {
            if (backups.isEmpty()) {
                Dialogs.error(stage, problem);
                quitIf(firstWindow);
                return;
            }
            Optional<Path> chosen = RestoreDialog.choose(stage, "Hubdesk: the database is damaged", problem, backups);
            if (chosen.isEmpty()) {
                quitIf(firstWindow);
                return;
            }
            restoreAndOpen(folder, chosen.get(), passphrase, firstWindow);
        });
    }

    private void restoreAndOpen(Path folder, Path backup, char[] passphrase, boolean firstWindow) {
        tasks.run("Restoring the backup", () -> {
            try {
                BackupService.restore(folder, backup, passphrase, Clock.systemDefaultZone());
                return new Opened(Services.open(folder, passphrase == null ? null : passphrase.clone()), null);
            } catch (org.hubdesk.domain.common.UserInputException e) {
                StoreException problem = e instanceof StoreException s ? s : new StoreException(StoreException.Reason.OTHER, e.getMessage(), e);
                // Nothing was restored: the file is as it was, so open it again if it opens.
                try {
                    return new Opened(Services.open(folder, passphrase == null ? null : passphrase.clone()), problem);
                } catch (StoreException stillClosed) {
                    return new Opened(null, problem);
                }
            }
        }, opened -> {
            if (opened.services() != null) {
                showMain(opened.services());
                if (opened.problem() != null) {
                    Dialogs.error(stage, opened.problem().getMessage());
                } else {
                    Dialogs.info(stage, "Restore", "Restored " + backup.getFileName()
                            + ". The file it replaced is kept in backups/ as a 'before-restore' backup.");
                }
            } else {
                Dialogs.error(stage, opened.problem().getMessage());
                quitIf(firstWindow);
            }
        });
    }

    /** File > Restore: closes the store, restores the chosen backup and opens it again. */
    private void restoreFromMenu() {
        Services current = services;
        if (current.teamDatabase()) {
            Dialogs.error(stage, current.location() + " is backed up and restored on the server with pg_dump and pg_restore,"
                    + " not by Hubdesk (README, Team database)");
            return;
        }
        Path folder = current.dataDirectory();
        boolean encrypted = current.encrypted();
        tasks.run("Reading the backups", () -> BackupService.list(folder), backups -> {
            Optional<Path> chosen = RestoreDialog.choose(stage, "Restore", "Restoring replaces the database in " + folder
                    + " with the backup you choose.", backups);
            if (chosen.isEmpty()) {
                return;
            }
            char[] passphrase = null;
            if (encrypted) {
                passphrase = StartupDialogs.passphrase(stage, folder, null).orElse(null);
                if (passphrase == null) {
                    return;
                }
            }
            services = null;
            current.close();
            restoreAndOpen(folder, chosen.get(), passphrase, false);
        });
    }

    private void quitIf(boolean firstWindow) {
        if (firstWindow && services == null) {
            Platform.exit();
        }
    }

    private void showMain(Services opened) {
        stopWatching();
        if (services != null && services != opened) {
            services.close();
        }
        services = opened;
        UiContext context = new UiContext(services, tasks, () -> stage, Clock.systemDefaultZone());
        String name = services.demo().partnershipName().orElse("Partnership");
        MainWindow window = new MainWindow(context, new MainWindow.AppCommands() {
            @Override
            public void newDatabase() {
                chooseFolder("Choose an empty folder for the new database").ifPresent(folder -> {
                    if (Services.databaseExists(folder)) {
                        Dialogs.error(stage, "There is already a Hubdesk database in " + folder + "; use File > Open database");
                    } else {
                        openFolder(folder, false);
                    }
                });
            }

            @Override
            public void openDatabase() {
                chooseFolder("Choose the folder holding hubdesk.mv.db").ifPresent(folder -> {
                    if (!Services.databaseExists(folder)) {
                        Dialogs.error(stage, "There is no Hubdesk database in " + folder);
                    } else {
                        openFolder(folder, false);
                    }
                });
            }

            @Override
            public void openTeamDatabase() {
                TeamDatabaseDialog.ask(stage).ifPresent(choice -> openTeam(choice.team(), choice.password(), false));
            }

            @Override
            public void backUpNow() {
                java.io.File file = FileChoosers.save(stage, "Back up the database to", "hubdesk-backup-" + LocalDate.now() + ".zip",
                        FileChoosers.filter("Zip archive", "*.zip"));
                if (file != null) {
                    Services current = services;
                    tasks.run("Backing up", () -> {
                        current.backupTo(file.toPath());
                        return file.toPath();
                    }, path -> Dialogs.info(stage, "Back up", "Backed up to " + path
                            + (current.encrypted() ? " (still encrypted with the passphrase)." : ".")));
                }
            }

            @Override
            public void restoreBackup() {
                restoreFromMenu();
            }

            @Override
            public void about() {
                Dialogs.info(stage, "About Hubdesk", aboutText());
            }

            @Override
            public void exit() {
                shutDown();
                Platform.exit();
            }
        }, name);
        stage.getScene().setRoot(window.root());
        stage.setTitle("Hubdesk — " + name + (services.teamDatabase() ? " (team database, " + services.history().user() + ")" : ""));
        if (services.teamDatabase()) {
            Services watched = services;
            watcher = new ChangeWatcher(() -> watched.history().lastChange(), window::refreshShown);
            watcher.start();
        }
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.stop();
            watcher = null;
        }
    }

    private Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        java.io.File folder = chooser.showDialog(stage);
        return Optional.ofNullable(folder).map(java.io.File::toPath);
    }

    private String aboutText() {
        String version = HubdeskApp.class.getPackage().getImplementationVersion();
        return "Hubdesk " + (version == null ? "(development build)" : version) + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version") + "\n"
                + "H2 " + org.h2.engine.Constants.VERSION + "\n\n"
                + (services != null && services.teamDatabase() ? "Data: " + services.location() + "\n" : "")
                + "Data folder: " + (services == null ? "none open" : services.dataDirectory()) + "\n"
                + (services != null && services.encrypted() ? "The database is encrypted (AES)." : "The database is not encrypted.") + "\n\n"
                + "Hubdesk makes no network calls. The demo partnership is fictional.";
    }

    private void shutDown() {
        stopWatching();
        windowState.remember(stage);
        if (services != null) {
            try {
                services.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the database", e);
            }
            services = null;
        }
    }
}
