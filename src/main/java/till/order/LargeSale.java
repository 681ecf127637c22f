package till.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * When a sale is large enough to ask the cashier before payment: a total above {@code amount} or a line above
 * {@code quantity} units (a scanner's code typed into the quantity, a price keyed as a quantity). Zero turns a limit
 * off. Immutable.
 *
 * @param amount   the largest total, in the shop's currency, that is paid without a question
 * @param quantity the largest quantity of one line that is paid without a question
 */
public record LargeSale(BigDecimal amount, BigDecimal quantity) {

    /** 10 000 in the shop's currency, 1 000 units: far above a shop's ordinary sale, far below a mistyped one. */
    public static final LargeSale DEFAULT = new LargeSale(new BigDecimal("10000"), new BigDecimal("1000"));

    public LargeSale {
        if (amount.signum() < 0 || quantity.signum() < 0) {
            throw new IllegalArgumentException("limits must not be negative: " + amount + ", " + quantity);
        }
    }

    /**
     * What the cashier is asked to confirm, or empty for an ordinary sale.
     *
     * @param total the order's total as the register computed it
     */
    public Optional<Question> check(List<OrderLine> lines, BigDecimal total) {
        BigDecimal largest = lines.stream().map(l -> l.qty().abs()).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        boolean tooMuch = amount.signum() > 0 && total.abs().compareTo(amount) > 0;
        boolean tooMany = quantity.signum() > 0 && largest.compareTo(quantity) > 0;
        return tooMuch || tooMany ? Optional.of(new Question(total, largest)) : Optional.empty();
    }

    /**
     * A large sale's figures, as the confirmation shows them. Immutable.
     *
     * @param total           the order's total
     * @param largestQuantity the largest quantity of one line
     */
    public record Question(BigDecimal total, BigDecimal largestQuantity) {
    }
}
