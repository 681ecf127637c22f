package till.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import till.order.OrderTotals.TaxAmount;

/**
 * The Z report of a closed session: totals per payment method and per tax, the order count, the refunds, and the cash
 * counted against the cash expected. Cash moves are not built yet, so there are none. Immutable.
 *
 * @param overrideReason the manager's written reason when the session was closed with unsent orders, else empty
 */
public record ZReport(String sessionName, Instant closedAt, SessionFigures figures, BigDecimal countedCash,
                      String note, String overrideReason) {

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
        lines.add("cash moves: none");
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
            lines.add("closed by a manager with " + figures.unsent().size() + " unsent orders: " + overrideReason);
        }
        return lines;
    }

    /** At least two decimals, no trailing zeros beyond them. */
    public static String money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }
}
