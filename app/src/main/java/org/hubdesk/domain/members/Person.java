package org.hubdesk.domain.members;

import java.util.regex.Pattern;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/** Someone who represents an agency. */
public record Person(long id, String fullName, String jobTitle, long agencyId, String email, String phone) {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    public Person {
        fullName = UserText.required(fullName, "A person needs a name");
        jobTitle = UserText.optional(jobTitle);
        email = UserText.optional(email);
        phone = UserText.optional(phone);
        if (email != null && !isWellFormedEmail(email)) {
            throw new UserInputException("'" + email + "' is not a well-formed e-mail address (expected name@organisation.example)");
        }
    }

    public static boolean isWellFormedEmail(String email) {
        return email != null && EMAIL.matcher(email.strip()).matches();
    }
}
