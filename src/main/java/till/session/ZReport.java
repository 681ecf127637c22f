package till.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import till.order.OrderTotals.TaxAmount;

/**
 * The Z report of a closed session: totals per payment method and per tax, the order count, the refunds, and the cash
 * counted against the cash expected, and the cash moves (time, in or out, amount, reason). Immutable.
 *
 * @param overrideReason the manager's written reason when the session was closed with unsent orders, else empty
 */
public record ZReport(String sessionName, Instant closedAt, SessionFigures figures, BigDecimal countedCash,
                      String note, String overrideReason) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** Counted minus expected cash: negative when the drawer is short. */
    public BigDecimal difference() {
        return countedCash.subtract(figures.expectedCash());
    }

    /** The report as plain text lines, for the screen and the command line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Z report: session " + sessionName + " (id " + figures.sessionId() + "), closed " + closedAt);
        lines.add("orders: " + figures.orderCount() + ", total " + money(figures.total()));
        lines.add("refunds: " + figures.refunds() + ", total " + money(figures.refundTotal()));
        cashMoves(lines);
        lines.add("payment methods (expected):");
        figures.methods().forEach(m -> lines.add(String.format("  %-24s %12s", m.name() + (m.cash() ? " (cash)"
                : ""), money(m.expected()))));
        lines.add("taxes:");
        for (TaxAmount t : figures.taxes()) {
            lines.add(String.format("  %-24s %12s", t.name(), money(t.amount())));
        }
        lines.add(String.format("cash expected %12s, counted %12s, difference %12s", money(figures.expectedCash()),
                money(countedCash), money(difference())));
        if (!note.isEmpty()) {
            lines.add("note: " + note);
        }
        if (!overrideReason.isEmpty()) {
            lines.add("closed by a manager with " + figures.unsent().size() + " unsent orders"
                    + (figures.unsentCashMoves().isEmpty() ? "" : " and " + figures.unsentCashMoves().size()
                    + " unsent cash moves") + ": " + overrideReason);
        }
        return lines;
    }

    private void cashMoves(List<String> lines) {
        if (figures.cashMoves().isEmpty()) {
            lines.add("cash moves: none");
            return;
        }
        lines.add("cash moves: " + figures.cashMoves().size() + ", net " + money(figures.cashMovesNet()));
        for (CashMove m : figures.cashMoves()) {
            lines.add(String.format("  %s  %-3s %12s  %s%s", TIME.format(m.at()), m.direction().word(),
                    money(m.amount()), m.reason(), m.confirmed() ? "" : "  (" + m.state().word() + ")"));
        }
    }

    /** At least two decimals, no trailing zeros beyond them. */
    public static String money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }
}
