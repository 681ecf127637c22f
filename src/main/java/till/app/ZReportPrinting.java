package till.app;

import java.util.List;
import java.util.function.Supplier;
import till.catalog.Catalog;
import till.closing.ZReportPaper;
import till.print.PrintQueue;
import till.print.ReportDocument;

/**
 * The closing screen's Z report on the till's receipt printer: through the durable print queue, the original once
 * per session (keyed {@code z:<session id>}, decision 0212), in the shop's language's code page. Thread-safe.
 */
final class ZReportPrinting implements ZReportPaper {

    private final PrintQueue queue;
    private final Supplier<Catalog> catalog;

    ZReportPrinting(PrintQueue queue, Supplier<Catalog> catalog) {
        this.queue = queue;
        this.catalog = catalog;
    }

    @Override
    public void original(long sessionId, List<String> lines) {
        queue.printReport("z:" + sessionId, document(sessionId, lines));
    }

    @Override
    public void copy(long sessionId, List<String> lines) {
        queue.printReportCopy(document(sessionId, lines));
    }

    private ReportDocument document(long sessionId, List<String> lines) {
        return new ReportDocument("z-report-" + sessionId, lines, catalog.get().settings().language(), "");
    }
}
