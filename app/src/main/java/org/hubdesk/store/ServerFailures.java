package org.hubdesk.store;

import java.sql.SQLException;
import org.hubdesk.domain.common.StoreException;

/** Why the team database on a PostgreSQL server could not be used, in one line a user can act on. */
final class ServerFailures {
    private ServerFailures() {
    }

    /**
     * A problem with the team database in one line a user can act on. PostgreSQL's SQLSTATE codes:
     * 08 connection, 28 authorisation, 3D no such database, 42501 no privilege, 40 a conflict.
     */
    static StoreException translate(SQLException e, String url, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("password is an empty string") || message.contains("no password was provided")) {
            return new StoreException(StoreException.Reason.PASSPHRASE_REQUIRED, "The team database " + url
                    + " needs a password: set HUBDESK_DATABASE_PASSWORD or give --database-password-file FILE", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException unknown) {
                return new StoreException(StoreException.Reason.OTHER, "Cannot reach the team database " + url
                        + ": the host " + unknown.getMessage() + " is not known (is the name in the URL right?)", e);
            }
        }
        if (message.contains("SSL root certificate file")) {
            return new StoreException(StoreException.Reason.OTHER, "The team database " + url + " cannot be checked: "
                    + Database.firstLine(message) + " (sslrootcert must name the authority's certificate file, PEM)", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException || message.contains("could not be verified by hostnameverifier")) {
                return new StoreException(StoreException.Reason.OTHER, "The team database " + url + " did not prove it is the"
                        + " server you meant: its certificate is not signed by the authority in sslrootcert, or is for another host"
                        + " name; nothing was sent to it (README, Team database, TLS)", e);
            }
        }
        if (state.startsWith("08")) {
            return new StoreException(StoreException.Reason.OTHER, "Cannot reach the team database " + url
                    + ": " + Database.firstLine(e.getMessage()) + " (is the server running, and the host and port right?)", e);
        }
        if (state.startsWith("28")) {
            return new StoreException(StoreException.Reason.WRONG_PASSPHRASE, "The team database " + url
                    + " refused the user" + (user == null ? "" : " " + user) + ": wrong user name or password (HUBDESK_DATABASE_USER, HUBDESK_DATABASE_PASSWORD)", e);
        }
        if (state.equals("3D000")) {
            return new StoreException(StoreException.Reason.NOT_FOUND, "There is no database "
                    + url.substring(url.lastIndexOf('/') + 1) + " on the server of " + url + ": create it first (README, Team database)", e);
        }
        if (state.equals("42501")) {
            return new StoreException(StoreException.Reason.READ_ONLY, "You have read-only access to the team database " + url
                    + (user == null ? "" : " (user " + user + ")") + "; nothing was saved: ask its administrator for editor rights", e);
        }
        if (state.startsWith("40")) {
            return new StoreException(StoreException.Reason.OTHER, "Someone else changed the same data in the team database at the"
                    + " same moment; nothing was saved: try again", e);
        }
        return new StoreException(StoreException.Reason.OTHER, "The team database " + url + " could not be used: "
                + Database.firstLine(e.getMessage()), e);
    }
}
