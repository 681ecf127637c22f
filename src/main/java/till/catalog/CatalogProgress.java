package till.catalog;

/**
 * How far the product load is, for the status area ("Catalog: 20 000 of 50 040 products"). Immutable.
 *
 * @param loaded products stored by this load (or cached when nothing loads)
 * @param total  products the server offers, or the cached count when the server was not asked
 * @param done   whether the till has every product the server offers, as far as it knows
 */
public record CatalogProgress(int loaded, int total, boolean done) {

    /** Nothing is loading. */
    public static CatalogProgress idle(int cached) {
        return new CatalogProgress(cached, cached, true);
    }
}
