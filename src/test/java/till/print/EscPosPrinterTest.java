package till.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import till.print.EscPosDecoder.Command;
import till.print.EscPosDecoder.Status;
import till.worker.ExecutorScheduler;

/** One job to a network ESC/POS printer (the fake on loopback TCP): status, printing, and each way it goes wrong. */
class EscPosPrinterTest {

    private FakeEscPosPrinter fake;
    private ExecutorScheduler scheduler;
    private final AtomicInteger sending = new AtomicInteger();
    private final PrintWork work = PrintWork.receipt(ReceiptFixtures.receipt(ReceiptFixtures.order(9, false), "en",
            false), false);

    @BeforeEach
    void start() throws Exception {
        fake = FakeEscPosPrinter.start();
        scheduler = new ExecutorScheduler("print-timer-test");
    }

    @AfterEach
    void stop() throws Exception {
        fake.close();
        scheduler.close();
    }

    @Test
    void theHealthIsWhatThePrinterAnswersToItsStatusRequests() throws Exception {
        Printer printer = printer(Duration.ofSeconds(2), Duration.ofSeconds(30));
        assertThat(printer.health()).isEqualTo(PrinterHealth.ready());

        fake.paper(FakeEscPosPrinter.Paper.PAPER_END);
        assertThat(printer.health().condition()).isEqualTo(PrinterHealth.Condition.PAPER_OUT);
        assertThat(printer.health().cause()).contains("out of paper");

        fake.paper(FakeEscPosPrinter.Paper.COVER_OPEN);
        assertThat(printer.health().condition()).isEqualTo(PrinterHealth.Condition.COVER_OPEN);

        fake.paper(FakeEscPosPrinter.Paper.SILENT);
        assertThat(printer(Duration.ofMillis(200), Duration.ofSeconds(30)).health().condition())
                .isEqualTo(PrinterHealth.Condition.SILENT);

        fake.switchOff();
        PrinterHealth off = printer.health();
        assertThat(off.condition()).isEqualTo(PrinterHealth.Condition.OFFLINE);
        assertThat(off.cause()).contains("cannot reach the printer " + fake.device(), "is it on");
    }

    @Test
    void aReadyPrinterTakesTheWholeJobAndConfirmsItByAnsweringAfterTheLastByte() {
        Delivery delivery = printer(Duration.ofSeconds(2), Duration.ofSeconds(30)).print(work,
                sending::incrementAndGet);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.PRINTED);
        assertThat(sending.get()).isEqualTo(1);
        List<Command> session = EscPosDecoder.decode(fake.sessions().get(0));
        assertThat(session.subList(0, 3)).containsExactly(new Status(1), new Status(2), new Status(4));
        assertThat(session.get(session.size() - 1)).as("the confirming request").isEqualTo(new Status(1));
        assertThat(EscPosDecoder.receipts(fake.sessions())).hasSize(1);
    }

    @Test
    void aPrinterOutOfPaperGetsNothingButTheStatusRequests() {
        fake.paper(FakeEscPosPrinter.Paper.PAPER_END);

        Delivery delivery = printer(Duration.ofSeconds(2), Duration.ofSeconds(30)).print(work,
                sending::incrementAndGet);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.NOT_PRINTED);
        assertThat(delivery.health().condition()).isEqualTo(PrinterHealth.Condition.PAPER_OUT);
        assertThat(sending.get()).isZero();
        assertThat(EscPosDecoder.decode(fake.received())).allMatch(Status.class::isInstance);
    }

    @Test
    void aPrinterThatIsOffIsNotPrintedToAndSaysWhy() throws Exception {
        fake.switchOff();

        Delivery delivery = printer(Duration.ofSeconds(2), Duration.ofSeconds(30)).print(work,
                sending::incrementAndGet);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.NOT_PRINTED);
        assertThat(delivery.cause()).contains("cannot reach");
        assertThat(sending.get()).isZero();
    }

    @Test
    void aRefusedConnectionIsAPrinterThatIsOff() throws Exception {
        // A port bound but not listening refuses connections, and no other program can take it meanwhile.
        try (Socket bound = new Socket()) {
            bound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            PrinterSettings settings = PrinterSettings.of("tcp://127.0.0.1:" + bound.getLocalPort(), PaperWidth.MM58);

            Delivery delivery = Printers.open(settings, scheduler, Clock.systemUTC()).print(work,
                    sending::incrementAndGet);

            assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.NOT_PRINTED);
            assertThat(delivery.cause()).contains("cannot reach", "Connection refused");
            assertThat(sending.get()).isZero();
        }
    }

    @Test
    void aConnectionCutMidReceiptMayHavePrinted() {
        fake.unplugAfter(300);

        Delivery delivery = printer(Duration.ofSeconds(2), Duration.ofSeconds(30)).print(work,
                sending::incrementAndGet);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.MAYBE_PRINTED);
        assertThat(sending.get()).isEqualTo(1);
        assertThat(fake.received()).hasSize(300);
        assertThat(EscPosDecoder.receipts(fake.sessions())).as("no complete receipt").isEmpty();
    }

    @Test
    void aPrinterThatStopsReadingMidReceiptIsCutOffAtTheJobsDeadline() {
        fake.stallAfter(100);

        Delivery delivery = printer(Duration.ofSeconds(20), Duration.ofMillis(500)).print(work,
                sending::incrementAndGet);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.MAYBE_PRINTED);
        assertThat(sending.get()).isEqualTo(1);
    }

    @Test
    void aSlowPrinterStillGetsTheWholeReceipt() {
        fake.slow(3);

        Delivery delivery = printer(Duration.ofSeconds(5), Duration.ofSeconds(30)).print(work, () -> { });

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.PRINTED);
        assertThat(EscPosDecoder.receipts(fake.sessions())).hasSize(1);
    }

    @Test
    void aPrinterThatNeverAnswersIsTrustedOnceItTookTheWholeJob() {
        fake.paper(FakeEscPosPrinter.Paper.SILENT);

        Delivery delivery = printer(Duration.ofMillis(200), Duration.ofSeconds(30)).print(work,
                sending::incrementAndGet);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.PRINTED);
        assertThat(delivery.health().condition()).isEqualTo(PrinterHealth.Condition.SILENT);
    }

    private Printer printer(Duration readTimeout, Duration deadline) {
        PrinterSettings settings = PrinterSettings.of(fake.device(), PaperWidth.MM80)
                .withTimeouts(Duration.ofSeconds(2), readTimeout, deadline);
        return Printers.open(settings, scheduler, Clock.systemUTC());
    }
}
