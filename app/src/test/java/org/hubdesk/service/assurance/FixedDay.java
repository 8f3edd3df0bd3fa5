package org.hubdesk.service.assurance;

import java.time.LocalDate;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestClocks;

/** The Assurance service tests' service: on one fixed day (Monday 2 November 2026), which their dates are written against. */
final class FixedDay {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    private FixedDay() {
    }

    static AssuranceService assurance(Services services) {
        return new AssuranceService(services.database(), TestClocks.startOf(TODAY));
    }
}
