package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.order.PaidOrder;
import till.print.EscPosDecoder;
import till.print.FakeEscPosPrinter;
import till.print.PrintJob;
import till.print.ReceiptFixtures;
import till.setup.ConfigFile;
import till.store.TillStore;

/**
 * {@code till printer test|status} and {@code till receipt print|show} against the fake network printer on loopback
 * TCP and a real store: what they print, their {@code --json} keys and their exit codes.
 */
class PrintingCommandsTest {

    private static final String SETTINGS = "server.url=https://shop.example.com\ndatabase=shop\nlogin=till1\n"
            + "pos.config.id=3\n";

    @TempDir
    Path dir;
    private FakeEscPosPrinter printer;
    private CliRun till;

    @BeforeEach
    void start() throws Exception {
        printer = FakeEscPosPrinter.start();
        till = new CliRun(dir);
    }

    @AfterEach
    void stop() throws Exception {
        printer.close();
    }

    @Test
    void printerTestPrintsATestPageAndSaysSoInJson() throws Exception {
        int exit = till.run("--data-dir", dir.toString(), "printer", "test", "--device", printer.device(), "--json");

        assertThat(exit).as(till.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(till.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("device", "condition", "cause", "printed",
                "millis");
        assertThat(json.get("printed").asBoolean()).isTrue();
        assertThat(json.get("condition").asText()).isEqualTo("ready");
        assertThat(EscPosDecoder.lines(EscPosDecoder.receipts(printer.sessions()).get(0)))
                .anyMatch(l -> l.contains("Till printer test"));
    }

    @Test
    void anOfflinePrinterFailsTheTestAndTheStatusWithExitOne() throws Exception {
        printer.switchOff();

        assertThat(till.run("--data-dir", dir.toString(), "printer", "test", "--device", printer.device()))
                .isEqualTo(1);
        assertThat(till.out()).contains("test page NOT printed").contains("offline");
        till.reset();
        assertThat(till.run("--data-dir", dir.toString(), "printer", "status", "--device", printer.device(),
                "--json")).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(till.out()).get("condition").asText()).isEqualTo("offline");
    }

    @Test
    void statusAsksTheConfiguredPrinterAndWithoutOneIsAUsageError() throws Exception {
        assertThat(till.run("--data-dir", dir.toString(), "printer", "status")).isEqualTo(2);
        assertThat(till.err()).contains("no printer is configured");

        Files.writeString(dir.resolve(ConfigFile.NAME), SETTINGS + "printer.device=" + printer.device() + "\n");
        till.reset();
        assertThat(till.run("--data-dir", dir.toString(), "printer", "status")).as(till.err()).isZero();
        assertThat(till.out()).startsWith(printer.device() + ": ready");
    }

    @Test
    void aBrokenPrinterKeyIsAConfigurationError() throws Exception {
        Files.writeString(dir.resolve(ConfigFile.NAME), SETTINGS + "printer.paper=76\n");

        assertThat(till.run("--data-dir", dir.toString(), "printer", "status", "--device", printer.device()))
                .isEqualTo(3);
        assertThat(till.err()).contains("printer.paper").contains("expected 58 or 80");
        assertThat(till.run("--data-dir", dir.toString(), "receipt", "show", "x")).isEqualTo(3);
    }

    @Test
    void receiptPrintPrintsTheOriginalOnceAndEveryLaterPrintAsADuplicate() throws Exception {
        PaidOrder paid = paid(1, true);

        assertThat(print(paid.uid())).as(till.err()).isZero();
        assertThat(till.out()).contains("Printed the receipt of " + paid.uid());
        assertThat(print(paid.uid())).isZero();
        assertThat(till.out()).contains("Printed a copy (DUPLICATE)");

        List<List<EscPosDecoder.Command>> receipts = EscPosDecoder.receipts(printer.sessions());
        assertThat(receipts).hasSize(2);
        assertThat(EscPosDecoder.lines(receipts.get(0))).noneMatch(l -> l.contains("DUPLICATE"))
                .anyMatch(l -> l.contains("Order 00007-001-0001"));
        assertThat(EscPosDecoder.lines(receipts.get(1))).anyMatch(l -> l.contains("DUPLICATE"));
        assertThat(receipts.get(0)).as("a reprint never opens the drawer")
                .noneMatch(c -> c instanceof EscPosDecoder.Kick);
    }

    @Test
    void copyPrintsADuplicateEvenBeforeTheOriginal() throws Exception {
        PaidOrder paid = paid(2, false);

        assertThat(print(paid.uid(), "--copy")).isZero();

        assertThat(EscPosDecoder.lines(EscPosDecoder.receipts(printer.sessions()).get(0)))
                .anyMatch(l -> l.contains("DUPLICATE"));
    }

    @Test
    void aPrinterThatIsOffPrintsNothingAndSpendsNoOriginal() throws Exception {
        PaidOrder paid = paid(3, false);
        printer.switchOff();

        assertThat(print(paid.uid())).isEqualTo(1);
        assertThat(till.err()).contains("did not print").contains("cannot reach the printer");

        printer.switchOn();
        assertThat(print(paid.uid())).isZero();
        assertThat(till.out()).contains("Printed the receipt of");
        try (TillStore store = TillStore.open(dir, Clock.systemUTC())) {
            assertThat(store.printJobs().list(10)).extracting(PrintJob::state).extracting(Enum::name)
                    .containsExactly("PRINTED");
        }
    }

    @Test
    void anUnknownOrderIsExitOne() throws Exception {
        paid(4, false);

        assertThat(print("00007-001-9999")).isEqualTo(1);
        assertThat(till.err()).contains("there is no paid order 00007-001-9999");
        assertThat(till.run("--data-dir", dir.toString(), "receipt", "show", "nope")).isEqualTo(1);
        assertThat(printer.sessions()).isEmpty();
    }

    @Test
    void receiptShowPrintsTheReceiptAsText() throws Exception {
        PaidOrder paid = paid(5, true);

        assertThat(till.run("--data-dir", dir.toString(), "receipt", "show", paid.uid())).as(till.err()).isZero();

        assertThat(till.out()).contains("Caf\u00e9 du Parc").contains("Order 00007-001-0005").contains("CHANGE")
                .contains("3.38").doesNotContain("DUPLICATE");
    }

    @Test
    void simulatedOrdersAreMarkedNotToPrintSoNoTillPrintsThemAtItsNextStart() throws Exception {
        assertThat(till.run("--data-dir", dir.toString(), "simulate", "--orders", "3", "--seed", "5")).isZero();

        try (TillStore store = TillStore.open(dir, Clock.systemUTC())) {
            assertThat(store.printJobs().list(10)).hasSize(3).extracting(PrintJob::state).extracting(Enum::name)
                    .containsOnly("CANCELLED");
            assertThat(store.printJobs().waiting()).isZero();
            assertThat(store.printJobs().recover(Instant.EPOCH)).as("nothing to recover").isZero();
        }
    }

    private int print(String uid, String... more) {
        till.reset();
        List<String> args = new ArrayList<>(List.of("--data-dir", dir.toString(), "receipt", "print", uid,
                "--device", printer.device()));
        args.addAll(List.of(more));
        return till.run(args.toArray(String[]::new));
    }

    private PaidOrder paid(int sequence, boolean cash) {
        PaidOrder paid = ReceiptFixtures.order(sequence, cash);
        try (TillStore store = TillStore.open(dir, Clock.systemUTC())) {
            store.catalogCache().replace(ReceiptFixtures.catalog("en_US", ReceiptFixtures.EUR));
            store.outbox().commitPaid(paid);
        }
        return paid;
    }
}
