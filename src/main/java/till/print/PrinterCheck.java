package till.print;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * What {@code till printer status} and {@code till printer test} report: the printer's state, and whether a test
 * page printed. Stateless.
 */
public final class PrinterCheck {

    /** Western European letters and the euro sign: a test page shows whether the code table prints them. */
    static final String LETTERS = "\u00e9\u00e8\u00ea\u00e0\u00e7 \u00fc\u00f6\u00e4\u00df \u00f1\u00e1\u00f3"
            + " \u00f8\u00e6\u00e5 \u20ac";

    /**
     * The outcome of a check, with fields a {@code --json} output can carry as they are. Immutable.
     *
     * @param condition {@link PrinterHealth.Condition} in lower case ({@code ready}, {@code paper_out}...)
     * @param cause     what is wrong and what to do; empty when well
     * @param printed   for a test: whether the test page printed (false for a status check)
     * @param millis    how long the check took
     */
    public record Result(String device, String condition, String cause, boolean printed, long millis) {
    }

    private PrinterCheck() {
    }

    /** Asks the printer how it is. */
    public static Result status(Printer printer, Clock clock) {
        long start = clock.millis();
        PrinterHealth health = printer.health();
        return new Result(printer.device(), words(health.condition()), health.cause(), false,
                clock.millis() - start);
    }

    /** Prints a test page: the paper's full width and the accented letters of the shop's code table. */
    public static Result test(Printer printer, PaperWidth width, String odooLanguage, Clock clock) {
        long start = clock.millis();
        Delivery delivery = printer.print(PrintWork.receipt(testPage(width, odooLanguage), false), () -> { });
        return new Result(printer.device(), words(delivery.health().condition()), delivery.cause(),
                delivery.outcome() == Delivery.Outcome.PRINTED, clock.millis() - start);
    }

    static ReceiptDocument testPage(PaperWidth width, String odooLanguage) {
        ReceiptDocument.Shop shop = new ReceiptDocument.Shop("", "Till printer test", List.of(width.columns()
                + " columns, code table " + CodePage.forLanguage(odooLanguage).name()), List.of());
        ReceiptDocument.Amount none = new ReceiptDocument.Amount("", "");
        return new ReceiptDocument(shop, List.of(new ReceiptDocument.Item(LETTERS, "", "", "")), List.of(), none,
                List.of(), none, List.of(), "1234567890".repeat(5).substring(0, width.columns()), "", "", List.of(),
                "", odooLanguage);
    }

    private static String words(PrinterHealth.Condition condition) {
        return condition.name().toLowerCase(Locale.ROOT);
    }
}
