package till.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the house style asks for, checked on the compiled main classes. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("till");
    }

    @Test
    void coreFeaturesImportNoJavaFx() {
        noClasses().that().resideInAnyPackage("till.order..", "till.outbox..", "till.store..", "till.catalog..",
                        "till.register..", "till.sandbox..", "till.cli..", "till.odoo..", "till.bus..", "till.config..",
                        "till.supervise..", "till.print..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void userInterfaceImportsNoJdbcAndNoHttp() {
        noClasses().that().resideInAnyPackage("till.sell..", "till.fx..", "till.status..", "till.kiosk..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "okhttp3..").allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyCompositionRootsKnowTheStoreImplementation() {
        noClasses().that().resideInAnyPackage("till.order..", "till.outbox..", "till.catalog..", "till.register..",
                        "till.sell..", "till.fx..", "till.sandbox..", "till.status..")
                .should().dependOnClassesThat().resideInAnyPackage("till.store..")
                .check(classes);
    }

    @Test
    void theStatusIconsSeeOnlyTheWorkersRecordsAndSeamsNotTheServer() {
        noClasses().that().resideInAPackage("till.status..")
                .should().dependOnClassesThat().resideInAnyPackage("till.odoo..", "till.sandbox..", "till.config..",
                        "till.app..", "till.store..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("till.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }
}
