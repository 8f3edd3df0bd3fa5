package org.hubdesk.domain.members;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an import is checked against: the agencies and people already known, and the memberships
 * the target group already has (current and ended).
 */
public final class RegisterImportContext {
    private final long groupId;
    private final Map<String, Agency> agenciesByName = new HashMap<>();
    private final Map<String, List<Person>> peopleByName = new HashMap<>();
    private final List<Membership> groupMemberships;

    public RegisterImportContext(long groupId, List<Agency> agencies, List<Person> people, List<Membership> groupMemberships) {
        this.groupId = groupId;
        for (Agency agency : agencies) {
            agenciesByName.put(fold(agency.name()), agency);
        }
        for (Person person : people) {
            peopleByName.computeIfAbsent(fold(person.fullName()), k -> new ArrayList<>()).add(person);
        }
        this.groupMemberships = List.copyOf(groupMemberships);
    }

    public long groupId() {
        return groupId;
    }

    public List<Membership> groupMemberships() {
        return groupMemberships;
    }

    public Optional<Agency> agencyNamed(String name) {
        return Optional.ofNullable(agenciesByName.get(fold(name)));
    }

    /** The person of that name at that agency: the same name at another agency is someone else. */
    public Optional<Person> personNamed(String name, long agencyId) {
        return peopleNamed(name).stream().filter(p -> p.agencyId() == agencyId).findFirst();
    }

    public List<Person> peopleNamed(String name) {
        return peopleByName.getOrDefault(fold(name), List.of());
    }

    /** How names are compared: case, outer spaces and runs of spaces do not matter. */
    public static String fold(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
