package till.print;

import java.nio.file.Path;
import java.time.Clock;
import till.worker.Scheduler;

/** Builds the {@link Printer} for a device: the one place that knows every kind. Stateless. */
public final class Printers {

    private Printers() {
    }

    /** @param scheduler where the ESC/POS printers' job deadlines run */
    public static Printer open(PrinterSettings settings, Scheduler scheduler, Clock clock) {
        PrinterDevice device = settings.device();
        if (device instanceof PrinterDevice.Tcp tcp) {
            return escPos(new TcpLink(tcp, settings.connectTimeout(), settings.readTimeout()), settings, scheduler);
        }
        if (device instanceof PrinterDevice.DeviceFile file) {
            return escPos(new DeviceFileLink(file), settings, scheduler);
        }
        if (device instanceof PrinterDevice.Queue queue) {
            return queue.page() ? new PagePrinter(queue, settings.width())
                    : escPos(new RawQueueLink(queue), settings, scheduler);
        }
        PrinterDevice.Folder folder = (PrinterDevice.Folder) device;
        return new FolderPrinter(folder.path(), settings.width(), clock);
    }

    /**
     * The demo shop's printer, and a shop's without one: receipts become pictures and text in
     * {@code <dataDir>/}{@value FolderPrinter#FOLDER}, where someone trying Till can look at them.
     */
    public static FolderPrinter simulated(Path dataDir, PaperWidth width, Clock clock) {
        return new FolderPrinter(dataDir.resolve(FolderPrinter.FOLDER), width, clock);
    }

    private static Printer escPos(EscPosLink link, PrinterSettings settings, Scheduler scheduler) {
        return new EscPosPrinter(link, settings.width(), settings.codePage(), scheduler, settings.deadline());
    }
}
