package till.odoo;

import till.catalog.Catalog;

/** What {@link PosCatalogLoader} read from the server at one moment: the catalog and the POS context. Immutable. */
public record PosSnapshot(Catalog catalog, PosContext context) {
}
