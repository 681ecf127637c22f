package till.closing;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import till.i18n.Texts;
import till.order.OrderTotals.TaxAmount;
import till.session.CashMove;
import till.session.SessionFigures;
import till.session.ZReport;

/**
 * The Z report as the closing screen shows it, in the till's language: the same lines as {@link ZReport#lines()}
 * (which the command line prints, in English) with the words from the closing texts and the times in the shop's
 * zone. Immutable.
 */
public final class ZReportText {

    private final Texts texts;
    private final Function<BigDecimal, String> money;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;

    /**
     * Amounts as the command line writes them (two decimals, no symbol).
     *
     * @param zone the shop's time zone, for the closing time and the cash moves' times
     */
    public ZReportText(Texts texts, ZoneId zone) {
        this(texts, zone, ZReport::money);
    }

    /**
     * @param zone  the shop's time zone, for the closing time and the cash moves' times
     * @param money how the screen writes an amount (the currency in the till's language: {@code 785,04 €})
     */
    public ZReportText(Texts texts, ZoneId zone, Function<BigDecimal, String> money) {
        this.texts = texts;
        this.money = money;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(zone);
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
    }

    /** The report's lines. */
    public List<String> lines(ZReport z) {
        SessionFigures figures = z.figures();
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("report.title", z.sessionName(), figures.sessionId(), dateTime.format(z.closedAt())));
        lines.add(texts.get("report.orders", figures.orderCount(), money.apply(figures.total())));
        lines.add(texts.get("report.refunds", figures.refunds(), money.apply(figures.refundTotal())));
        cashMoves(figures, lines);
        lines.add(texts.get("report.methods"));
        figures.methods().forEach(m -> lines.add(String.format("  %-24s %12s", m.cash()
                ? texts.get("report.method.cash", m.name()) : m.name(), money.apply(m.expected()))));
        lines.add(texts.get("report.taxes"));
        for (TaxAmount t : figures.taxes()) {
            lines.add(String.format("  %-24s %12s", t.name(), money.apply(t.amount())));
        }
        lines.add(texts.get("report.cash", String.format("%12s", money.apply(figures.expectedCash())),
                String.format("%12s", money.apply(z.countedCash())), String.format("%12s",
                        money.apply(z.difference()))));
        if (!z.note().isEmpty()) {
            lines.add(texts.get("report.note", z.note()));
        }
        if (!z.overrideReason().isEmpty()) {
            lines.add(figures.unsentCashMoves().isEmpty()
                    ? texts.get("report.override", figures.unsent().size(), z.overrideReason())
                    : texts.get("report.override.moves", figures.unsent().size(), figures.unsentCashMoves().size(),
                            z.overrideReason()));
        }
        return lines;
    }

    private void cashMoves(SessionFigures figures, List<String> lines) {
        if (figures.cashMoves().isEmpty()) {
            lines.add(texts.get("report.cash.moves.none"));
            return;
        }
        lines.add(texts.get("report.cash.moves", figures.cashMoves().size(), money.apply(figures.cashMovesNet())));
        for (CashMove m : figures.cashMoves()) {
            String way = texts.get(m.direction() == CashMove.Direction.IN ? "report.cash.in" : "report.cash.out");
            lines.add(String.format("  %s  %-3s %12s  %s%s", time.format(m.at()), way, money.apply(m.amount()),
                    m.reason(), m.confirmed() ? "" : "  (" + texts.get("state." + m.state().name()) + ")"));
        }
    }
}
