package org.hubdesk.domain.common;

/**
 * A record as someone opened it, with the row version it had then. Saving an edit of it with
 * that version is refused if a colleague saved the same record in between (a team database).
 */
public record Versioned<T>(T value, int version) {
    public Versioned {
        if (value == null) {
            throw new IllegalArgumentException("a versioned value needs a value");
        }
    }
}
