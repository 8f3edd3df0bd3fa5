package org.hubdesk.domain.common;

/**
 * A problem the user can fix (bad input, a rule broken, a file that cannot be read). Its message
 * is shown as is, on one line, in a dialog or on stderr; it never carries a stack trace to a user.
 */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
