package till.odoo;

import java.util.Optional;

/** How one Odoo version family's POS loads what it sells with. Implementations are stateless and thread-safe. */
interface CatalogSource {

    /**
     * Reads the catalog and the POS context of an open session. Blocks on the network.
     *
     * @param loginNumber what {@link VersionProfile#logInToSession} returned for this start of the till
     */
    PosSnapshot load(OdooClient client, VersionProfile profile, Login login, long configId, PosSession session,
                     int loginNumber) throws OdooException;

    /**
     * Reads what a connect needs before the products: the snapshot without them (its catalog's product list empty)
     * and the feed they come through in the background, where this version pages them. A version that sends every
     * product in one call has no feed: its snapshot is the whole catalog.
     */
    default PosShop loadShop(OdooClient client, VersionProfile profile, Login login, long configId,
                              PosSession session, int loginNumber) throws OdooException {
        return new PosShop(load(client, profile, login, configId, session, loginNumber), Optional.empty());
    }
}
