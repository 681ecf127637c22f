package till.print;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import till.worker.Scheduler;
import till.worker.WorkerStatus;

/**
 * An ESC/POS printer behind a link (TCP, device file, raw print queue). One job: open, ask the printer's state, and
 * only when it can print send the whole job at once, then ask again: an answer after the last byte proves the
 * printer received all of it. A failure before the first byte leaves the job certainly unprinted; one after it may
 * have printed (decision 0142). A deadline on the {@link Scheduler} closes a connection that hangs, for a printer
 * that stops reading. Thread-safe (one job at a time; {@link #cancel} from any thread).
 */
public final class EscPosPrinter implements Printer {

    private final EscPosLink link;
    private final PaperWidth width;
    private final Optional<CodePage> codePage;
    private final Scheduler scheduler;
    private final Duration deadline;
    private final AtomicReference<EscPosLink.Session> current = new AtomicReference<>();

    /**
     * @param codePage the printer's code table; empty: the one for the receipt's language
     * @param deadline the longest one job may take before its connection is closed
     */
    EscPosPrinter(EscPosLink link, PaperWidth width, Optional<CodePage> codePage, Scheduler scheduler,
                  Duration deadline) {
        this.link = link;
        this.width = width;
        this.codePage = codePage;
        this.scheduler = scheduler;
        this.deadline = deadline;
    }

    @Override
    public String device() {
        return link.device();
    }

    @Override
    public PrinterHealth health() {
        try (EscPosLink.Session session = link.open()) {
            return EscPosStatus.query(session);
        } catch (IOException e) {
            return PrinterHealth.offline(unreachable(e));
        }
    }

    @Override
    public Delivery print(PrintWork work, Runnable sending) {
        byte[] bytes = render(work);
        EscPosLink.Session session;
        try {
            session = link.open();
        } catch (IOException e) {
            return Delivery.notPrinted(PrinterHealth.offline(unreachable(e)));
        }
        current.set(session);
        Scheduler.Task watchdog = scheduler.schedule(deadline, session::close);
        try {
            PrinterHealth before;
            try {
                before = EscPosStatus.query(session);
            } catch (IOException e) {
                return Delivery.notPrinted(PrinterHealth.offline(unreachable(e)));
            }
            if (!before.canPrint()) {
                return Delivery.notPrinted(before);
            }
            sending.run();
            return send(session, bytes, before);
        } finally {
            watchdog.cancel();
            current.set(null);
            session.close();
        }
    }

    private Delivery send(EscPosLink.Session session, byte[] bytes, PrinterHealth before) {
        try {
            session.write(bytes);
            if (before.condition() == PrinterHealth.Condition.SILENT) {
                // A printer that never answers cannot confirm: a job it took whole is as printed as it gets.
                return Delivery.printed(before);
            }
            if (!EscPosStatus.answers(session)) {
                return Delivery.maybePrinted("the printer " + device() + " stopped answering after the receipt"
                        + " was sent; it may have printed");
            }
            return Delivery.printed(before);
        } catch (IOException e) {
            return Delivery.maybePrinted("the connection to the printer " + device() + " broke during the receipt ("
                    + WorkerStatus.words(e) + "); check its cable and power");
        }
    }

    @Override
    public void cancel() {
        EscPosLink.Session session = current.get();
        if (session != null) {
            session.close();
        }
    }

    private byte[] render(PrintWork work) {
        if (work.paper().isEmpty()) {
            return EscPosReceipt.drawerKick();
        }
        PaperDocument receipt = work.paper().get();
        CodePage table = codePage.orElseGet(() -> CodePage.forLanguage(receipt.language()));
        return EscPosReceipt.render(receipt, width, table, work.kick());
    }

    private String unreachable(IOException e) {
        return "cannot reach the printer " + device() + " (" + WorkerStatus.words(e) + "); is it on and"
                + " connected?";
    }
}
