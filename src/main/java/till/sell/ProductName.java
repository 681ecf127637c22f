package till.sell;

/**
 * A product's name split for display: the base, and the variant Odoo appends in parentheses ("Conference Chair
 * (Steel)"), so the variant can be shown where it stays visible however the base is cut. Immutable; no JavaFX.
 *
 * @param variant the last parenthesised part without its parentheses, or empty
 */
record ProductName(String full, String base, String variant) {

    static ProductName of(String name) {
        String full = name.strip();
        int open = full.lastIndexOf(" (");
        if (!full.endsWith(")") || open <= 0) {
            return new ProductName(full, full, "");
        }
        return new ProductName(full, full.substring(0, open).strip(), full.substring(open + 2, full.length() - 1));
    }

    /** The tile's letters: the base's initials, then the variant's first letter ("CC" + "S" for the steel one). */
    String initials() {
        String letters = Initials.of(base);
        return variant.isEmpty() ? letters : letters + Initials.of(variant).substring(0, 1);
    }
}
