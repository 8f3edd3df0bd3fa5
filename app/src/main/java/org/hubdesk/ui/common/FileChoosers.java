package org.hubdesk.ui.common;

import java.io.File;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file dialogs of the screens: one call asks where to save, or which file to read. */
public final class FileChoosers {
    private FileChoosers() {
    }

    /** A filter offering the files that end with one of {@code extensions} ("*.xlsx"). */
    public static FileChooser.ExtensionFilter filter(String description, String... extensions) {
        return new FileChooser.ExtensionFilter(description, extensions);
    }

    /**
     * Asks where to save; {@code title} may be null (the system's own), {@code initialName} is the
     * name offered. Returns null if the user cancelled.
     */
    public static File save(Window owner, String title, String initialName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(initialName);
        return chooser.showSaveDialog(owner);
    }

    /** Asks which file to read; {@code title} may be null. Returns null if the user cancelled. */
    public static File open(Window owner, String title, FileChooser.ExtensionFilter... filters) {
        return chooser(title, filters).showOpenDialog(owner);
    }

    /**
     * A button ({@code text}, e.g. "Choose…") that asks which file to read, with {@code owner}'s
     * window in front, and writes the chosen file's path into {@code field}.
     */
    public static Button browseInto(String text, TextField field, Supplier<Window> owner, String title, FileChooser.ExtensionFilter... filters) {
        Button browse = new Button(text);
        browse.setOnAction(e -> {
            File file = open(owner.get(), title, filters);
            if (file != null) {
                field.setText(file.getAbsolutePath());
            }
        });
        return browse;
    }

    private static FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        if (title != null) {
            chooser.setTitle(title);
        }
        chooser.getExtensionFilters().addAll(filters);
        return chooser;
    }
}
