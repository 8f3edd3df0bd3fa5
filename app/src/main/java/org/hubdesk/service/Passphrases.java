package org.hubdesk.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hubdesk.domain.common.UserInputException;

/** Non-interactive passphrases: HUBDESK_PASSPHRASE or a file, never a command-line argument. */
public final class Passphrases {
    public static final String ENV_VARIABLE = "HUBDESK_PASSPHRASE";

    private Passphrases() {
    }

    /** The passphrase from the file if given, else from the environment, else null. */
    public static char[] fromFileOrEnvironment(Path file) {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    throw new UserInputException("The passphrase file " + file + " is empty");
                }
                return text.toCharArray();
            } catch (IOException e) {
                throw new UserInputException("Cannot read the passphrase file " + file + ": " + e.getMessage(), e);
            }
        }
        String env = System.getenv(ENV_VARIABLE);
        return env == null || env.isEmpty() ? null : env.toCharArray();
    }
}
