package till.catalog;

import java.math.BigDecimal;

/**
 * The POS currency ({@code res.currency}). Immutable.
 *
 * @param rounding       the rounding step, e.g. 0.01
 * @param decimalPlaces  digits after the decimal point
 * @param symbolBefore   whether the symbol is written before the amount
 */
public record Currency(long id, String name, String symbol, BigDecimal rounding, int decimalPlaces,
                       boolean symbolBefore) {
}
