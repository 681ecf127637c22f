package till.print;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Printable;
import java.io.IOException;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.SimpleDoc;

/**
 * An ordinary printer behind an operating-system print queue ({@code queue:NAME?page}): the receipt is rendered as
 * its picture ({@link ReceiptImage}) and printed at the top of a page, at the receipt printer's size. Such a printer
 * has no cash drawer, so a kick is ignored. Once the spooler accepts the job it owns it: that counts as printed.
 * Thread-safe.
 */
final class PagePrinter implements Printer {

    private static final double POINTS_PER_DOT = 72.0 / 203.0;

    private final PrinterDevice.Queue device;
    private final PaperWidth width;

    PagePrinter(PrinterDevice.Queue device, PaperWidth width) {
        this.device = device;
        this.width = width;
    }

    @Override
    public String device() {
        return device.text();
    }

    @Override
    public PrinterHealth health() {
        return PrintQueues.health(device.name());
    }

    @Override
    public Delivery print(PrintWork work, Runnable sending) {
        if (work.paper().isEmpty()) {
            return Delivery.printed(new PrinterHealth(PrinterHealth.Condition.SILENT, ""));
        }
        BufferedImage image = ReceiptImage.render(work.paper().get(), width);
        try {
            var job = PrintQueues.find(device.name()).createPrintJob();
            sending.run();
            job.print(new SimpleDoc(page(image), DocFlavor.SERVICE_FORMATTED.PRINTABLE, null), null);
            return Delivery.printed(new PrinterHealth(PrinterHealth.Condition.SILENT, ""));
        } catch (IOException e) {
            return Delivery.notPrinted(PrinterHealth.offline(e.getMessage()));
        } catch (PrintException e) {
            return Delivery.maybePrinted("the print queue " + device.name() + " failed the job: " + e.getMessage());
        }
    }

    @Override
    public void cancel() {
        // The spooler owns a job once it has it; there is nothing of ours in flight to cut short.
    }

    private static Printable page(BufferedImage image) {
        return (Graphics graphics, PageFormat format, int index) -> {
            if (index > 0) {
                return Printable.NO_SUCH_PAGE;
            }
            Graphics2D g = (Graphics2D) graphics;
            g.translate(format.getImageableX(), format.getImageableY());
            g.scale(POINTS_PER_DOT, POINTS_PER_DOT);
            g.drawImage(image, 0, 0, null);
            return Printable.PAGE_EXISTS;
        };
    }
}
