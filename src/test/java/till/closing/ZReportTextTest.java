package till.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import till.i18n.Texts;
import till.order.OrderTotals.TaxAmount;
import till.outbox.OutboxState;
import till.session.CashMove;
import till.session.CashMoveState;
import till.session.MethodTotal;
import till.session.SessionFigures;
import till.session.UnsentOrder;
import till.session.ZReport;

/** The Z report on the closing screen: in English the command line's lines, in another language its own words. */
class ZReportTextTest {

    private static final Instant CLOSED = Instant.parse("2026-12-07T18:30:00Z");

    private static ZReport report() {
        CashMove in = new CashMove("cm-1", 3, CashMove.Direction.IN, new BigDecimal("20.00"), "float", CLOSED
                .minusSeconds(3600), CashMoveState.SENT, "", CLOSED);
        CashMove out = new CashMove("cm-2", 3, CashMove.Direction.OUT, new BigDecimal("5.50"), "stamps", CLOSED
                .minusSeconds(1800), CashMoveState.WAITING, "", CLOSED);
        SessionFigures figures = new SessionFigures(3, new BigDecimal("40"), 1234, List.of(new MethodTotal(1, "Cash",
                true, new BigDecimal("54.50")), new MethodTotal(2, "Card", false, new BigDecimal("12.00"))),
                List.of(new TaxAmount(1, "21%", new BigDecimal("4.68"))), new BigDecimal("1234.56"), 1,
                new BigDecimal("-2.00"), List.of(new UnsentOrder("00003-001-0007", "Order 00003-001-0007",
                OutboxState.WAITING, new BigDecimal("3.00"), "")), List.of(in, out));
        return new ZReport("Shop/00003", CLOSED, figures, new BigDecimal("54.00"), "fifty cents short",
                "terminal down");
    }

    @Test
    void inEnglishTheScreenShowsTheCommandLinesReportApartFromHowTheClosingTimeIsWritten() {
        ZReport z = report();

        List<String> screen = new ZReportText(Texts.of("till.closing.texts", Locale.ENGLISH), ZoneOffset.UTC)
                .lines(z);

        assertThat(screen.subList(1, screen.size())).isEqualTo(z.lines().subList(1, z.lines().size()));
        assertThat(screen.get(0)).startsWith("Z report: session Shop/00003 (id 3), closed ");
        assertThat(screen).contains("orders: 1234, total 1234.56");
    }

    @Test
    void inFrenchTheWordsAreFrenchTheCountsStayWholeAndTheTimesAreTheShops() {
        List<String> screen = new ZReportText(Texts.of("till.closing.texts", Locale.FRENCH),
                ZoneId.of("Europe/Brussels")).lines(report());

        assertThat(screen.get(0)).startsWith("Rapport Z\u00a0: session Shop/00003 (id 3), cl\u00f4tur\u00e9e le ")
                .contains("19:30");
        assertThat(screen).contains("commandes\u00a0: 1234, total 1234.56", "moyens de paiement (attendu)\u00a0:")
                .anySatisfy(l -> assertThat(l).contains("Cash (esp\u00e8ces)"))
                .anySatisfy(l -> assertThat(l).contains("18:30").contains("entr\u00e9e").contains("float"))
                .anySatisfy(l -> assertThat(l).contains("stamps").contains("(en attente)"))
                .anySatisfy(l -> assertThat(l).startsWith("cl\u00f4tur\u00e9e par un responsable avec 1 commandes")
                        .endsWith(": terminal down"));
    }
}
