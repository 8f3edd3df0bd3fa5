package org.hubdesk.domain.members;

import org.hubdesk.domain.common.UserInputException;

/** An organisation that sends people to the partnership's groups. */
public record Agency(long id, String name, AgencyKind kind, boolean statutoryPartner) {
    public Agency {
        if (name == null || name.isBlank()) {
            throw new UserInputException("An agency needs a name");
        }
        if (kind == null) {
            throw new UserInputException("Agency '" + name + "' needs a kind");
        }
        name = name.strip();
    }
}
