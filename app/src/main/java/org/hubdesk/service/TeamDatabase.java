package org.hubdesk.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.common.UserInputException;

/**
 * Where the team database is, when a unit shares one on a PostgreSQL server instead of each
 * laptop's embedded file: {@code --database-url} or HUBDESK_DATABASE_URL, with
 * HUBDESK_DATABASE_USER and HUBDESK_DATABASE_PASSWORD (or a password file). The password is never
 * a command-line argument.
 */
public record TeamDatabase(String url, String user) {
    public static final String URL_VARIABLE = "HUBDESK_DATABASE_URL";
    public static final String USER_VARIABLE = "HUBDESK_DATABASE_USER";
    public static final String PASSWORD_VARIABLE = "HUBDESK_DATABASE_PASSWORD";

    public TeamDatabase {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new UserInputException("The team database URL must look like jdbc:postgresql://HOST:PORT/DATABASE, not '"
                    + url + "'");
        }
        if (user == null || user.isBlank()) {
            throw new UserInputException("The team database " + url + " needs a user name: set " + USER_VARIABLE
                    + " or give --database-user");
        }
    }

    /** The team database named by the option or the environment, if any (else the embedded file is used). */
    public static Optional<TeamDatabase> configured(String urlOption, String userOption) {
        return configured(urlOption, userOption, System.getenv());
    }

    public static Optional<TeamDatabase> configured(String urlOption, String userOption, Map<String, String> env) {
        String url = urlOption != null && !urlOption.isBlank() ? urlOption : env.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String user = userOption != null && !userOption.isBlank() ? userOption : env.get(USER_VARIABLE);
        return Optional.of(new TeamDatabase(url.strip(), user == null ? null : user.strip()));
    }

    /** The password from the file if given, else HUBDESK_DATABASE_PASSWORD, else none (a server trusting the user). */
    public static char[] password(Path file) {
        return password(file, System.getenv());
    }

    public static char[] password(Path file, Map<String, String> env) {
        if (file != null) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
            } catch (IOException e) {
                throw new UserInputException("Cannot read the database password file " + file + ": " + e.getMessage(), e);
            }
        }
        String value = env.get(PASSWORD_VARIABLE);
        return value == null ? null : value.toCharArray();
    }
}
