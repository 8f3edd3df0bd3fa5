package org.hubdesk.domain.common;

/**
 * A save refused because someone else saved the same record since it was opened (optimistic
 * locking on a shared team database). Nothing was written; both versions are kept so the screen
 * can show them side by side, and the message names both.
 */
public class StaleEditException extends UserInputException {
    private final Object theirs;
    private final Object yours;

    public StaleEditException(String what, Object theirs, String theirsText, Object yours, String yoursText) {
        super(what + " was changed by someone else since you opened it; nothing was saved. Theirs now: " + theirsText
                + ". Yours: " + yoursText + ". Open it again to see their change, then make yours on top of it.");
        this.theirs = theirs;
        this.yours = yours;
    }

    /** The record as it is now in the database, saved by someone else. */
    public Object theirs() {
        return theirs;
    }

    /** The edit that was refused. */
    public Object yours() {
        return yours;
    }
}
