package till.refund;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import till.i18n.Texts;
import till.refunds.RefundableLine;

/**
 * One line of the original on the refund screen: what was sold, what is left to refund, and the quantity the cashier
 * chose (0 up to what is left, in whole units). FX thread only.
 */
public final class RefundRow {

    private final RefundableLine line;
    private final ObjectProperty<BigDecimal> chosen = new SimpleObjectProperty<>(BigDecimal.ZERO);

    RefundRow(RefundableLine line) {
        this.line = line;
    }

    public RefundableLine line() {
        return line;
    }

    public ObjectProperty<BigDecimal> chosen() {
        return chosen;
    }

    /** One more unit, up to what is left (a fraction left, e.g. 0.5 kg, is taken whole). */
    void more() {
        chosen.set(chosen.get().add(BigDecimal.ONE).min(line.left()));
    }

    void less() {
        chosen.set(chosen.get().subtract(BigDecimal.ONE).max(BigDecimal.ZERO));
    }

    /** The row as the screen lists it, in the screen's language. */
    public String text(Texts texts) {
        return texts.get("refund.row", line.line().productName(), plain(line.sold()), plain(line.left()));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
