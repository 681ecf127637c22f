package till.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import till.catalog.Currency;
import till.catalog.ShopSettings.TaxRounding;
import till.catalog.Tax;
import till.catalog.Tax.AmountType;

/**
 * Computes the taxes of a line exactly as Odoo 14/15's web POS does ({@code compute_all} in point_of_sale
 * models.js, itself a mirror of {@code account.tax.compute_all}), with BigDecimal instead of doubles. Immutable
 * and thread-safe.
 *
 * <p>The algorithm: flatten the taxes (sorted by sequence, groups replaced by their children); walk them in reverse
 * to strip price-included taxes from the price and remember the included totals at "checkpoints"; then walk them in
 * order to compute every amount, giving the last included tax of a checkpoint whatever makes the included total
 * exact. See docs/decisions/0010-tax-engine-follows-the-web-pos.md.
 */
public final class TaxEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal GLOBAL_ROUNDING_FACTOR = new BigDecimal("0.00001");

    private final Map<Long, Tax> taxesById;
    private final Currency currency;
    private final BigDecimal taxStep;

    public TaxEngine(Map<Long, Tax> taxesById, Currency currency, TaxRounding rounding) {
        this.taxesById = Map.copyOf(taxesById);
        this.currency = Objects.requireNonNull(currency, "currency");
        // Rounding globally: Odoo keeps five more digits on each tax and rounds only the order's sums.
        this.taxStep = rounding == TaxRounding.ROUND_GLOBALLY
                ? currency.rounding().multiply(GLOBAL_ROUNDING_FACTOR)
                : currency.rounding();
    }

    /**
     * Taxes {@code quantity} units at {@code priceUnit} (already discounted). Unknown tax ids are ignored, as the
     * web POS filters them out.
     */
    public LineTaxes computeAll(List<Long> taxIds, BigDecimal priceUnit, BigDecimal quantity) {
        List<Tax> taxes = flatten(taxIds);
        BigDecimal base = Money.round(priceUnit.multiply(quantity), currency.rounding());
        BigDecimal sign = base.signum() < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        base = base.abs();

        Map<Integer, BigDecimal> checkpoints = new HashMap<>();
        BigDecimal totalExcluded = Money.round(stripIncluded(taxes, base, quantity, checkpoints), currency.rounding());

        BigDecimal totalIncluded = totalExcluded;
        BigDecimal runningBase = totalExcluded;
        BigDecimal cumulatedIncluded = BigDecimal.ZERO;
        boolean skipCheckpoint = false;
        List<LineTaxes.Share> shares = new ArrayList<>();
        for (int i = 0; i < taxes.size(); i++) {
            Tax tax = taxes.get(i);
            BigDecimal taxBase = tax.priceInclude() || tax.baseAffected() ? runningBase : totalExcluded;
            BigDecimal amount;
            if (!skipCheckpoint && tax.priceInclude() && checkpoints.containsKey(i)) {
                amount = checkpoints.get(i).subtract(runningBase.add(cumulatedIncluded));
                cumulatedIncluded = BigDecimal.ZERO;
            } else {
                amount = excludedAmount(tax, taxBase, quantity);
            }
            amount = Money.round(amount, taxStep);
            if (tax.priceInclude() && !checkpoints.containsKey(i)) {
                cumulatedIncluded = cumulatedIncluded.add(amount);
            }
            shares.add(new LineTaxes.Share(tax.id(), tax.name(), sign.multiply(amount),
                    sign.multiply(Money.round(taxBase, taxStep))));
            if (tax.includeBaseAmount()) {
                runningBase = runningBase.add(amount);
                // An excluded tax that affects the base moves the price away from the included checkpoints.
                skipCheckpoint |= !tax.priceInclude();
            }
            totalIncluded = totalIncluded.add(amount);
        }
        return new LineTaxes(Money.round(sign.multiply(totalExcluded), currency),
                Money.round(sign.multiply(totalIncluded), currency), shares);
    }

    /**
     * Walks the taxes in reverse and removes the price-included ones from {@code base}; records, per block of taxes
     * between two "affects base" taxes, the included total at the first included tax met (its checkpoint).
     */
    private static BigDecimal stripIncluded(List<Tax> taxes, BigDecimal start, BigDecimal quantity,
                                            Map<Integer, BigDecimal> checkpoints) {
        BigDecimal base = start;
        BigDecimal fixed = BigDecimal.ZERO;
        BigDecimal percent = BigDecimal.ZERO;
        BigDecimal division = BigDecimal.ZERO;
        boolean storeCheckpoint = true;
        for (int i = taxes.size() - 1; i >= 0; i--) {
            Tax tax = taxes.get(i);
            if (tax.includeBaseAmount()) {
                base = recomputeBase(base, fixed, percent, division);
                fixed = BigDecimal.ZERO;
                percent = BigDecimal.ZERO;
                division = BigDecimal.ZERO;
                storeCheckpoint = true;
            }
            if (!tax.priceInclude()) {
                continue;
            }
            switch (tax.amountType()) {
                case PERCENT -> percent = percent.add(tax.amount());
                case DIVISION -> division = division.add(tax.amount());
                case FIXED -> fixed = fixed.add(quantity.abs().multiply(tax.amount()));
                case GROUP -> throw new IllegalStateException("group taxes are flattened before computing");
            }
            if (storeCheckpoint) {
                checkpoints.put(i, base);
                storeCheckpoint = false;
            }
        }
        return recomputeBase(base, fixed, percent, division);
    }

    private static BigDecimal recomputeBase(BigDecimal base, BigDecimal fixed, BigDecimal percent,
                                            BigDecimal division) {
        BigDecimal withoutPercent = base.subtract(fixed).divide(BigDecimal.ONE.add(percent.movePointLeft(2)),
                Money.PRECISION);
        return withoutPercent.multiply(HUNDRED.subtract(division)).divide(HUNDRED, Money.PRECISION);
    }

    /** The tax on {@code base} as if it were not included in the price (Odoo's {@code _compute_all}). */
    private static BigDecimal excludedAmount(Tax tax, BigDecimal base, BigDecimal quantity) {
        return switch (tax.amountType()) {
            // The sign comes from the base, so a refund (negative price or quantity) refunds the fixed tax too.
            case FIXED -> base.signum() == 0
                    ? quantity.multiply(tax.amount())
                    : quantity.abs().multiply(tax.amount()).multiply(BigDecimal.valueOf(base.signum()));
            case PERCENT -> Money.percentOf(base, tax.amount());
            case DIVISION -> divisionAmount(tax, base);
            case GROUP -> throw new IllegalStateException("group taxes are flattened before computing");
        };
    }

    private static BigDecimal divisionAmount(Tax tax, BigDecimal base) {
        BigDecimal kept = BigDecimal.ONE.subtract(tax.amount().movePointLeft(2));
        if (kept.signum() == 0) {
            throw new IllegalArgumentException("Tax " + tax.name() + " is a division tax of 100 %, which Odoo "
                    + "cannot compute either; fix the tax on the server");
        }
        return base.divide(kept, Money.PRECISION).subtract(base);
    }

    /** The taxes to apply, in computing order: known ids once each, by sequence, groups expanded. */
    private List<Tax> flatten(List<Long> taxIds) {
        Map<Long, Tax> unique = new LinkedHashMap<>();
        for (Long id : taxIds) {
            Tax tax = taxesById.get(id);
            if (tax != null) {
                unique.putIfAbsent(id, tax);
            }
        }
        List<Tax> out = new ArrayList<>();
        collect(new ArrayList<>(unique.values()), out, new HashSet<>());
        return out;
    }

    private void collect(List<Tax> taxes, List<Tax> out, Set<Long> openGroups) {
        // List.sort is stable: taxes of equal sequence keep the line's order, like the web POS's Array.sort.
        taxes.sort(Comparator.comparingInt(Tax::sequence));
        for (Tax tax : taxes) {
            if (tax.amountType() != AmountType.GROUP) {
                out.add(tax);
                continue;
            }
            if (!openGroups.add(tax.id())) {
                throw new IllegalArgumentException("Tax group " + tax.name() + " contains itself");
            }
            List<Tax> children = new ArrayList<>();
            for (Long childId : tax.childrenTaxIds()) {
                Tax child = taxesById.get(childId);
                if (child != null) {
                    children.add(child);
                }
            }
            collect(children, out, openGroups);
            openGroups.remove(tax.id());
        }
    }
}
