package till.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line's place (decision 0120): the parser and the {@code @Command} classes are in {@code till.cli};
 * features keep plain APIs and know neither; the composition root ({@code till.app}) builds the command line, which
 * does not know it back.
 */
class CommandLineLayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("till");
    }

    @Test
    void onlyTheCommandLineAndTheCompositionRootKnowTheParserAndTheCommands() {
        noClasses().that().resideOutsideOfPackages("till.cli..", "till.app..")
                .should().dependOnClassesThat().resideInAnyPackage("till.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void theCommandLineDoesNotKnowTheCompositionRootNorTheScreen() {
        noClasses().that().resideInAPackage("till.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("till.app..", "javafx..")
                .check(classes);
    }

    @Test
    void theCompositionRootUsesNoParserOfItsOwn() {
        noClasses().that().resideInAPackage("till.app..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(classes);
    }
}
