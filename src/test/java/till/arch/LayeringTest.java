package till.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layering of docs/architecture.md as an allow-list, checked on the compiled main classes: each feature package
 * names the packages it may depend on, and a package without a rule fails, so that a new package is constrained from
 * its first class. JavaFX only in the UI packages; no JDBC or HTTP in them; no cycles.
 */
class LayeringTest {

    /** The packages that draw on the screen; everything else is plain Java. */
    private static final Set<String> UI = Set.of("app", "fx", "sell", "status", "settings", "kiosk", "closing",
            "cashmove", "history", "refund");

    /** Which of Till's packages each package may use (besides itself and libraries). Keep docs/architecture.md in step. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // Leaves: no other package of Till.
            Map.entry("worker", Set.of()),
            Map.entry("files", Set.of()),
            // The texts every part reads in the cashier's language: usable from every package (see reachable()).
            Map.entry("i18n", Set.of()),
            Map.entry("catalog", Set.of("worker")),
            Map.entry("order", Set.of("catalog")),
            // The paid order's way out: the sender owns the ports that odoo and store implement.
            Map.entry("outbox", Set.of("catalog", "order", "worker", "files")),
            Map.entry("odoo", Set.of("catalog", "order", "outbox", "refunds", "session", "worker")),
            Map.entry("push", Set.of("catalog", "odoo", "worker")),
            Map.entry("store", Set.of("catalog", "order", "outbox", "print", "push", "refunds", "session", "worker",
                    "files")),
            // Closing a POS session: figures from the store, the close on the server, through ports.
            Map.entry("session", Set.of("catalog", "order", "outbox", "worker")),
            Map.entry("register", Set.of("catalog", "order", "outbox")),
            Map.entry("refunds", Set.of("catalog", "order", "outbox")),
            // Receipts, printers and the print queue: plain Java (java.awt headless for images).
            Map.entry("print", Set.of("catalog", "order", "worker")),
            // Set-up and the things an admin runs.
            Map.entry("setup", Set.of("catalog", "files", "odoo", "order", "print")),
            Map.entry("pin", Set.of("files", "setup")),
            Map.entry("logs", Set.of("setup")),
            Map.entry("doctor", Set.of("odoo", "push", "setup")),
            Map.entry("supervise", Set.of("worker")),
            Map.entry("support", Set.of("files", "logs", "outbox", "setup", "store")),
            Map.entry("demoserver", Set.of()),
            Map.entry("bench", Set.of("catalog", "demoserver", "odoo", "order", "outbox", "push", "store", "worker")),
            // The commands: thin, over every plain-Java feature, never the screen.
            Map.entry("cli", Set.of("bench", "catalog", "demoserver", "doctor", "files", "logs", "odoo", "order",
                    "outbox", "pin", "print", "push", "refunds", "register", "session", "setup", "store", "supervise",
                    "support", "worker")),
            // The screen: view models over the core's records and seams, never the server or the store.
            Map.entry("fx", Set.of()),
            Map.entry("sell", Set.of("catalog", "fx", "order", "print", "register")),
            Map.entry("status", Set.of("fx", "outbox", "print", "push", "sell", "worker")),
            Map.entry("settings", Set.of("fx")),
            Map.entry("kiosk", Set.of("fx", "pin")),
            Map.entry("closing", Set.of("catalog", "fx", "order", "outbox", "session")),
            // The cash in / out screen: over the session's cash-move book.
            Map.entry("cashmove", Set.of("fx", "session")),
            Map.entry("history", Set.of("fx", "order", "print", "sell", "session")),
            Map.entry("refund", Set.of("catalog", "fx", "order", "refunds")),
            // The one composition root: may use everything.
            Map.entry("app", Set.of("*")));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("till");
    }

    @Test
    void everyPackageHasARule() {
        Set<String> packages = classes.stream().map(LayeringTest::feature).collect(Collectors.toCollection(
                TreeSet::new));

        assertThat(ALLOWED.keySet()).as("a package without a rule in LayeringTest.ALLOWED (and docs/architecture.md)")
                .containsAll(packages);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachPackageUsesOnlyWhatItsRuleAllows(String feature) {
        Set<String> allowed = ALLOWED.get(feature);
        if (allowed.contains("*")) {
            return;
        }
        String[] reachable = Stream.concat(Stream.of(feature, "i18n"), allowed.stream()).map(p -> "till." + p + "..")
                .toArray(String[]::new);
        classes().that().resideInAPackage("till." + feature + "..")
                .should().onlyDependOnClassesThat(not(resideInAPackage("till..")).or(resideInAnyPackage(reachable)))
                .allowEmptyShould(true)
                .check(classes);
    }

    static Stream<String> rules() {
        return ALLOWED.keySet().stream().sorted();
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that(not(resideInAnyPackage(UI.stream().map(p -> "till." + p + "..").toArray(String[]::new))))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theScreensUseNoJdbcAndNoHttp() {
        noClasses().that().resideInAnyPackage("till.sell..", "till.fx..", "till.status..", "till.settings..", "till.refund..",
                        "till.kiosk..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "okhttp3..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("till.(*)..").should().beFreeOfCycles().check(classes);
    }

    private static String feature(JavaClass c) {
        String name = c.getPackageName();
        String rest = name.startsWith("till.") ? name.substring("till.".length()) : name;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
