package org.hubdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of docs/decisions and shared/style.md, kept as tests. */
@AnalyzeClasses(packages = "org.hubdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("org.hubdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "org.hubdesk.schema..",
                    "org.hubdesk.store..", "org.hubdesk.service..", "org.hubdesk.ui..", "org.hubdesk.cli..", "org.hubdesk.report..");

    @ArchTest
    static final ArchRule uiHasNoSql = noClasses().that().resideInAPackage("org.hubdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.hubdesk.schema..", "org.hubdesk.store..");

    @ArchTest
    static final ArchRule cliGoesThroughServices = noClasses().that().resideInAPackage("org.hubdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.hubdesk.schema..", "org.hubdesk.store..", "javafx..");

    @ArchTest
    static final ArchRule storeKnowsNoScreens = noClasses().that().resideInAnyPackage("org.hubdesk.store..", "org.hubdesk.service..",
                    "org.hubdesk.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hubdesk.ui..", "org.hubdesk.cli..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackages("org.hubdesk.cli..")
            .and().doNotHaveFullyQualifiedName("org.hubdesk.Hubdesk")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("everything else logs through java.util.logging");
}
