package till.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.worker.ExecutorScheduler;

/** The printers that are not on the network: a device file, an operating-system print queue. */
class PrinterLinksTest {

    @TempDir
    Path dir;

    private final ExecutorScheduler scheduler = new ExecutorScheduler("print-timer-test");
    private final PrintWork work = PrintWork.receipt(ReceiptFixtures.receipt(ReceiptFixtures.order(3, true), "de_DE",
            false), true);

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void aDeviceFileGetsTheWholeReceiptAndItsStatusIsUnknown() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));

        Delivery delivery = open("file:" + device).print(work, () -> { });

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.PRINTED);
        assertThat(delivery.health().condition()).isEqualTo(PrinterHealth.Condition.SILENT);
        assertThat(EscPosDecoder.receipts(Files.readAllBytes(device))).singleElement()
                .satisfies(r -> assertThat(EscPosDecoder.lines(r)).anyMatch(l -> l.startsWith("SUMME")))
                .satisfies(r -> assertThat(r).contains(new EscPosDecoder.Kick(0, 25, 250)));
    }

    @Test
    void aDeviceFileThatIsGoneIsAnUnpluggedPrinterAndIsNotCreated() {
        Path device = dir.resolve("usb").resolve("lp0");

        Delivery delivery = open("file:" + device).print(work, () -> { });

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.NOT_PRINTED);
        assertThat(delivery.cause()).contains("cannot reach the printer file:" + device);
        assertThat(device).doesNotExist();
    }

    @Test
    void aPrintQueueThatDoesNotExistIsOfflineAndNamesTheQueuesThereAre() {
        for (String device : new String[] {"queue:No such queue 7f3a", "queue:No such queue 7f3a?page"}) {
            Printer printer = open(device);

            assertThat(printer.health().condition()).as(device).isEqualTo(PrinterHealth.Condition.OFFLINE);
            assertThat(printer.health().cause()).contains("no print queue named No such queue 7f3a", "queues:");
            Delivery delivery = printer.print(work, () -> { });
            assertThat(delivery.outcome()).as(device).isEqualTo(Delivery.Outcome.NOT_PRINTED);
        }
    }

    private Printer open(String device) {
        return Printers.open(PrinterSettings.of(device, PaperWidth.MM58), scheduler, Clock.systemUTC());
    }
}
