package org.hubdesk.ui.reports;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a file or folder in the system's own program (Word, the file manager) where the platform
 * allows it; where it does not (no desktop, a headless machine) the screen shows the path instead.
 */
public interface DesktopFiles {
    /** @return false when this machine cannot open files for us */
    boolean open(Path fileOrFolder) throws IOException;

    static DesktopFiles system() {
        return path -> {
            if (java.awt.GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return false;
            }
            Desktop.getDesktop().open(path.toFile());
            return true;
        };
    }
}
