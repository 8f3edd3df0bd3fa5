package org.hubdesk.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Hubdesk keeps its database: --data-dir, else HUBDESK_DATA_DIR, else the operating
 * system's per-user data folder.
 */
public final class DataDirectory {
    public static final String ENV_VARIABLE = "HUBDESK_DATA_DIR";

    private DataDirectory() {
    }

    public static Path resolve(Path fromOption) {
        return resolve(fromOption, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    public static Path resolve(Path fromOption, Map<String, String> env, String osName, String home) {
        if (fromOption != null) {
            return fromOption.toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : home, "Hubdesk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Hubdesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "hubdesk") : Path.of(home, ".local", "share", "hubdesk");
    }
}
