package till.print;

import java.io.IOException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;

/** Finds the operating system's print queues by name (javax.print). Stateless. */
final class PrintQueues {

    private PrintQueues() {
    }

    /** @throws IOException naming the queues there are, when none has this name */
    static PrintService find(String name) throws IOException {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        StringBuilder known = new StringBuilder();
        for (PrintService service : services) {
            if (service.getName().equals(name)) {
                return service;
            }
            known.append(known.length() == 0 ? "" : ", ").append(service.getName());
        }
        throw new IOException("there is no print queue named " + name + " (queues: "
                + (known.length() == 0 ? "none" : known) + ")");
    }

    /** The queue's health: offline when it is missing or not accepting jobs; its printer's own state is unknown. */
    static PrinterHealth health(String name) {
        try {
            PrintService service = find(name);
            PrinterIsAcceptingJobs accepting = service.getAttribute(PrinterIsAcceptingJobs.class);
            if (accepting == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
                return PrinterHealth.offline("the print queue " + name + " does not accept jobs; enable it");
            }
            return new PrinterHealth(PrinterHealth.Condition.SILENT, "");
        } catch (IOException e) {
            return PrinterHealth.offline(e.getMessage());
        }
    }
}
