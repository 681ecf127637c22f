package till.print;

import java.util.Optional;

/**
 * What one print job asks of a printer: a receipt, a report, the cash drawer's kick, or a receipt and the kick.
 * Immutable.
 *
 * @param receipt empty for a report or the drawer kick alone
 * @param report  a report (the Z report) instead of a receipt; never with the kick
 * @param kick    whether to open the cash drawer hanging on the printer
 */
public record PrintWork(Optional<ReceiptDocument> receipt, Optional<ReportDocument> report, boolean kick) {

    public PrintWork(Optional<ReceiptDocument> receipt, boolean kick) {
        this(receipt, Optional.empty(), kick);
    }

    /** What goes on paper, if anything: the receipt or the report. */
    public Optional<PaperDocument> paper() {
        return receipt.<PaperDocument>map(r -> r).or(() -> report);
    }

    public static PrintWork report(ReportDocument report) {
        return new PrintWork(Optional.empty(), Optional.of(report), false);
    }

    public static PrintWork receipt(ReceiptDocument receipt, boolean kick) {
        return new PrintWork(Optional.of(receipt), kick);
    }

    public static PrintWork drawerKick() {
        return new PrintWork(Optional.empty(), true);
    }
}
