package till.odoo;

/** How one Odoo version family's POS loads what it sells with. Implementations are stateless and thread-safe. */
interface CatalogSource {

    /**
     * Reads the catalog and the POS context of an open session. Blocks on the network.
     *
     * @param loginNumber what {@link VersionProfile#logInToSession} returned for this start of the till
     */
    PosSnapshot load(OdooClient client, VersionProfile profile, Login login, long configId, PosSession session,
                     int loginNumber) throws OdooException;
}
