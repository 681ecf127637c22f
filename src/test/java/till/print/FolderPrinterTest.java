package till.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.worker.ExecutorScheduler;

/** The simulated printer of the demo shop: receipts someone trying Till can look at. */
class FolderPrinterTest {

    @TempDir
    Path dir;

    @Test
    void theDemoShopPrintsIntoTheReceiptsFolderOfTheDataDirectory() {
        FolderPrinter printer = Printers.simulated(dir, PaperWidth.MM80, Clock.systemUTC());

        printer.print(PrintWork.receipt(ReceiptFixtures.receipt(ReceiptFixtures.order(6, false), "", false), false),
                () -> { });

        assertThat(printer.device()).isEqualTo("folder:" + dir.resolve("receipts"));
        assertThat(printer.latest("00007-001-0006")).contains(dir.resolve("receipts/receipt-00007-001-0006.png"));
    }

    @Test
    void eachReceiptBecomesAPictureAndItsTextAndEachKickALine() throws Exception {
        Path folder = dir.resolve("receipts");
        Printer printer;
        try (ExecutorScheduler scheduler = new ExecutorScheduler("unused")) {
            printer = Printers.open(PrinterSettings.of("folder:" + folder, PaperWidth.MM58), scheduler,
                    Clock.systemUTC());
        }
        ReceiptDocument original = ReceiptFixtures.receipt(ReceiptFixtures.order(5, true), "en_US", false);
        ReceiptDocument copy = ReceiptFixtures.receipt(ReceiptFixtures.order(5, true), "en_US", true);

        assertThat(printer.print(PrintWork.receipt(original, true), () -> { }).outcome())
                .isEqualTo(Delivery.Outcome.PRINTED);
        printer.print(PrintWork.receipt(copy, false), () -> { });

        Path png = folder.resolve("receipt-00007-001-0005.png");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(384);
        assertThat(Files.readString(folder.resolve("receipt-00007-001-0005.txt"), StandardCharsets.UTF_8))
                .isEqualTo(ReceiptText.render(original, PaperWidth.MM58));
        assertThat(Files.readString(folder.resolve("receipt-00007-001-0005-duplicate-1.txt"))).contains("DUPLICATE");
        assertThat(((FolderPrinter) printer).latest("00007-001-0005"))
                .contains(folder.resolve("receipt-00007-001-0005-duplicate-1.png"));
        assertThat(Files.readAllLines(folder.resolve(FolderPrinter.DRAWER_LOG))).hasSize(1);
        assertThat(printer.health()).isEqualTo(PrinterHealth.ready());
    }
}
