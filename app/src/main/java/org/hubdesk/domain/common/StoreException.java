package org.hubdesk.domain.common;


/** A database problem explained in words a user can act on (locked, wrong passphrase, corrupt, disk full). */
public class StoreException extends UserInputException {
    public enum Reason { LOCKED, WRONG_PASSPHRASE, PASSPHRASE_REQUIRED, CORRUPT, DISK_FULL, READ_ONLY, NOT_FOUND, OTHER }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
