package org.hubdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo partnership in a fresh data folder for one test class, made before any test (and
 * before a TestFX window opens: on a busy machine making it takes longer than TestFX waits for a
 * stage) and closed after the last; and a fresh folder for each test's own files ({@link #out()}:
 * the reports it exports, say). Use: {@code @RegisterExtension static final DemoData DEMO = new DemoData(0);}
 */
public final class DemoData implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final int years;
    private Path dir;
    private Services services;
    private Path out;

    public DemoData(int years) {
        this.years = years;
    }

    public Services services() {
        return services;
    }

    /** The data folder the demo's store is in (a test may put files beside it, as a user would). */
    public Path dir() {
        return dir;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("hubdesk-demo");
        services = TestStores.openDemo(dir, years, LocalDate.now());
    }

    /** The running test's own folder, empty when it starts. */
    public Path out() {
        return out;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        out = Files.createTempDirectory("hubdesk-test-out");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        deleteTree(out);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        services.close();
        deleteTree(dir);
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
