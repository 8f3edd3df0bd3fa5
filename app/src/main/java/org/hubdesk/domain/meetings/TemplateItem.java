package org.hubdesk.domain.meetings;

import java.util.List;
import org.hubdesk.domain.common.UserText;

/** A line of a group's standard agenda. */
public record TemplateItem(String title, AgendaItemKind kind, int minutes, List<String> subPoints, StandingRole role) {
    public TemplateItem {
        title = UserText.required(title, "A template item needs a title");
        AgendaItem.checkMinutes(title, minutes);
        kind = kind == null ? AgendaItemKind.DISCUSSION : kind;
        role = role == null ? StandingRole.NONE : role;
        subPoints = subPoints == null ? List.of() : List.copyOf(subPoints);
    }

    static TemplateItem of(String title, AgendaItemKind kind, int minutes, StandingRole role, String... subPoints) {
        return new TemplateItem(title, kind, minutes, List.of(subPoints), role);
    }
}
