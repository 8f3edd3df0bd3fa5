package org.hubdesk.service.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the registers part of the demo created, for the other features' demo data to build on. */
public record DemoFacts(LocalDate today, Map<String, Long> groupIdsByName, Map<String, Long> agencyIdsByName,
                        List<Long> personIds, Map<String, List<Long>> currentMembersByGroup) {
}
