package till.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import till.catalog.Catalog;
import till.catalog.Currency;
import till.catalog.ShopSettings.TaxRounding;
import till.catalog.Tax;

/**
 * Computes an order's amounts and payment status as Odoo's web POS does ({@code get_all_prices},
 * {@code get_total_tax}, {@code get_change}), and says when an order may not be paid yet. Immutable and thread-safe.
 */
public final class OrderCalculator {

    private final TaxEngine engine;
    private final Map<Long, Tax> taxesById;
    private final Currency currency;
    private final TaxRounding rounding;

    public OrderCalculator(Map<Long, Tax> taxesById, Currency currency, TaxRounding rounding) {
        this.engine = new TaxEngine(taxesById, currency, rounding);
        this.taxesById = Map.copyOf(taxesById);
        this.currency = currency;
        this.rounding = rounding;
    }

    /** A calculator with the catalog's taxes, currency and rounding method. */
    public static OrderCalculator of(Catalog catalog) {
        return new OrderCalculator(catalog.taxesById(), catalog.settings().currency(),
                catalog.settings().taxRounding());
    }

    /** The taxes of one line: its unit price after the discount, times its quantity. */
    public LineTaxes line(OrderLine line) {
        BigDecimal kept = BigDecimal.ONE.subtract(line.discount().movePointLeft(2));
        return engine.computeAll(line.taxIds(), line.priceUnit().multiply(kept), line.qty());
    }

    public OrderTotals totals(List<OrderLine> lines) {
        List<OrderTotals.LineTotals> lineTotals = new ArrayList<>();
        Map<Long, BigDecimal> perTax = new LinkedHashMap<>();
        BigDecimal untaxed = BigDecimal.ZERO;
        BigDecimal lineTaxSum = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            LineTaxes taxes = line(line);
            lineTotals.add(new OrderTotals.LineTotals(line.lineId(), taxes.totalExcluded(), taxes.totalIncluded()));
            untaxed = untaxed.add(taxes.totalExcluded());
            lineTaxSum = lineTaxSum.add(taxes.taxTotal());
            for (LineTaxes.Share share : taxes.taxes()) {
                perTax.merge(share.taxId(), share.amount(), BigDecimal::add);
            }
        }
        List<OrderTotals.TaxAmount> taxAmounts = new ArrayList<>();
        BigDecimal roundedTaxSum = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> entry : perTax.entrySet()) {
            BigDecimal amount = Money.round(entry.getValue(), currency);
            roundedTaxSum = roundedTaxSum.add(amount);
            taxAmounts.add(new OrderTotals.TaxAmount(entry.getKey(), taxName(entry.getKey()), amount));
        }
        // Rounding globally, Odoo sums each tax over the lines and rounds those sums; per line, it rounds the sum
        // of the (already rounded) line taxes.
        BigDecimal tax = rounding == TaxRounding.ROUND_GLOBALLY ? roundedTaxSum : Money.round(lineTaxSum, currency);
        BigDecimal roundedUntaxed = Money.round(untaxed, currency);
        return new OrderTotals(lineTotals, taxAmounts, roundedUntaxed, tax, roundedUntaxed.add(tax));
    }

    /**
     * Where the payment stands. For a sale, an excess is change; for a refund (negative total) there is no change,
     * and paying out more than due shows as a positive remaining amount.
     */
    public PaymentStatus paymentStatus(OrderTotals totals, List<PaymentLine> payments) {
        BigDecimal total = totals.total();
        BigDecimal paid = Money.round(sum(payments, false), currency);
        BigDecimal due = total.subtract(paid);
        if (total.signum() < 0) {
            return new PaymentStatus(total, paid, due, zero());
        }
        return new PaymentStatus(total, paid, due.max(zero()), due.negate().max(zero()));
    }

    /**
     * Why the order cannot be paid yet, in words for the cashier; empty when it can. Change is only given from
     * cash: the excess over the total may not be larger than the cash handed over.
     */
    public Optional<String> whyNotPayable(List<OrderLine> lines, OrderTotals totals, List<PaymentLine> payments) {
        if (lines.isEmpty()) {
            return Optional.of("The order is empty: add a product first.");
        }
        PaymentStatus status = paymentStatus(totals, payments);
        BigDecimal remaining = status.remaining();
        if (totals.total().signum() < 0) {
            if (remaining.signum() < 0) {
                return Optional.of("Still to pay out: " + format(remaining.negate()) + ".");
            }
            if (remaining.signum() > 0) {
                return Optional.of("The refund pays out " + format(remaining) + " more than is due: lower a payment.");
            }
            return Optional.empty();
        }
        if (remaining.signum() > 0) {
            return Optional.of("Still to pay: " + format(remaining) + ".");
        }
        BigDecimal cash = sum(payments, true);
        if (status.change().compareTo(cash) > 0) {
            return Optional.of(cash.signum() == 0
                    ? "The payments exceed the total by " + format(status.change())
                            + ", but change is only given in cash: lower the card amount."
                    : "The change (" + format(status.change()) + ") is more than the cash handed over ("
                            + format(cash) + "): lower the card amount.");
        }
        return Optional.empty();
    }

    private BigDecimal sum(List<PaymentLine> payments, boolean cashOnly) {
        return payments.stream()
                .filter(p -> !cashOnly || p.cash())
                .map(PaymentLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal zero() {
        return Money.round(BigDecimal.ZERO, currency);
    }

    private String format(BigDecimal amount) {
        return Money.format(amount, currency);
    }

    private String taxName(long taxId) {
        Tax tax = taxesById.get(taxId);
        return tax == null ? "Tax " + taxId : tax.name();
    }
}
