package till.print;

import java.io.IOException;
import java.util.OptionalInt;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.SimpleDoc;

/**
 * An operating-system print queue that passes ESC/POS bytes through unchanged (a CUPS raw queue, a Windows
 * "Generic / Text Only" printer): each job goes to the spooler as one document, which then owns it. Thread-safe.
 */
final class RawQueueLink implements EscPosLink {

    private final PrinterDevice.Queue device;

    RawQueueLink(PrinterDevice.Queue device) {
        this.device = device;
    }

    @Override
    public String device() {
        return device.text();
    }

    @Override
    public Session open() throws IOException {
        DocPrintJob job = PrintQueues.find(device.name()).createPrintJob();
        return new Session() {
            @Override
            public void write(byte[] bytes) throws IOException {
                try {
                    job.print(new SimpleDoc(bytes, DocFlavor.BYTE_ARRAY.AUTOSENSE, null), null);
                } catch (PrintException e) {
                    throw new IOException("the print queue " + device.name() + " refused the job: "
                            + e.getMessage(), e);
                }
            }

            @Override
            public OptionalInt ask(byte[] request) {
                return OptionalInt.empty();
            }

            @Override
            public void close() {
                // The spooler has the job; there is no connection to close.
            }
        };
    }
}
