package org.hubdesk.service.assurance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hubdesk.service.Services;
import org.hubdesk.testing.DemoData;
import org.hubdesk.testing.TestClocks;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The Assurance service tests' store and service, on one fixed day (Monday 2 November 2026), which
 * their dates are written against. As an extension ({@code @ExtendWith(FixedDay.class)}) it gives a
 * test that asks for {@link Services} or {@link AssuranceService} an empty Testshire partnership in
 * a fresh folder of its own, closed and deleted after the test.
 */
final class FixedDay implements ParameterResolver {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final String PARTNERSHIP = "Testshire Safeguarding Children Partnership";
    private static final Namespace NAMESPACE = Namespace.create(FixedDay.class);

    static AssuranceService assurance(Services services) {
        return new AssuranceService(services.database(), TestClocks.startOf(TODAY));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Services.class || type == AssuranceService.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Services services = context.getStore(NAMESPACE).getOrComputeIfAbsent(Store.class, k -> Store.open(), Store.class).services();
        return parameter.getParameter().getType() == Services.class ? services : assurance(services);
    }

    /** One test's store; JUnit closes it when the test ends. */
    private record Store(Path dir, Services services) implements AutoCloseable {
        static Store open() {
            try {
                Path dir = Files.createTempDirectory("hubdesk-assurance");
                return new Store(dir, TestStores.openEmpty(dir.resolve("data"), PARTNERSHIP));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            services.close();
            DemoData.deleteTree(dir);
        }
    }
}
