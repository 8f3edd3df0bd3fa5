package org.hubdesk.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the service tests that change the demo, so each needs its own: before each test the
 * demo partnership (no years of history, up to today) in a fresh folder, {@link #dir}, and its
 * {@link #services}, closed after the test. A subclass's own {@code @BeforeEach} runs after this one.
 */
public abstract class FreshDemoTest {
    @TempDir
    protected Path dir;

    protected Services services;

    @BeforeEach
    void openDemo() {
        services = TestStores.openDemo(dir, 0, LocalDate.now());
    }

    @AfterEach
    void closeDemo() {
        services.close();
    }
}
