package org.hubdesk.service.meetings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up the meeting service tests share: the demo registers in a store of their own (H2, or
 * PostgreSQL in the team pass), a meeting service whose "today" is fixed, and the Forum's id.
 */
abstract class DemoMeetingsTest {
    static final LocalDate TODAY = LocalDate.of(2027, 1, 11);

    @TempDir
    Path dir;
    Services services;
    MeetingService meetings;
    long forumId;

    @BeforeEach
    void open() {
        services = TestStores.openDemo(dir, 0, TODAY);
        meetings = new MeetingService(services.database(), Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London")));
        forumId = services.members().groupNamed("Multi-Agency Learning Forum").id();
    }

    @AfterEach
    void close() {
        services.close();
    }
}
