package org.hubdesk.domain.members;

import java.util.regex.Pattern;
import org.hubdesk.domain.common.UserInputException;

/** Someone who represents an agency. */
public record Person(long id, String fullName, String jobTitle, long agencyId, String email, String phone) {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    public Person {
        if (fullName == null || fullName.isBlank()) {
            throw new UserInputException("A person needs a name");
        }
        fullName = fullName.strip();
        jobTitle = blankToNull(jobTitle);
        email = blankToNull(email);
        phone = blankToNull(phone);
        if (email != null && !isWellFormedEmail(email)) {
            throw new UserInputException("'" + email + "' is not a well-formed e-mail address (expected name@organisation.example)");
        }
    }

    public static boolean isWellFormedEmail(String email) {
        return email != null && EMAIL.matcher(email.strip()).matches();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
