package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import till.catalog.Catalog;
import till.catalog.Customer;

/**
 * Loads what the POS sells with from a logged-in server the way that version's web POS does (the profile's
 * {@link CatalogSource}: one {@code search_read} per model on 14/15, {@code load_pos_data} on 17, {@code load_data}
 * on 18 and 19), and maps it to a {@link Catalog} plus a {@link PosContext}. Blocks on the network; thread-safe.
 */
public final class PosCatalogLoader {

    private final OdooClient client;
    private final VersionProfile profile;
    private final Login login;

    public PosCatalogLoader(OdooClient client, VersionProfile profile, Login login) {
        this.client = client;
        this.profile = profile;
        this.login = login;
    }

    /**
     * Reads the config, its company, currency, categories, taxes, payment methods, customers and products.
     *
     * @param loginNumber what {@link VersionProfile#logInToSession} returned for this start of the till
     * @throws OdooException MISCONFIGURED when the config does not exist; otherwise as the calls fail
     */
    public PosSnapshot load(long configId, PosSession session, int loginNumber) throws OdooException {
        return profile.catalog().load(client, profile, login, configId, session, loginNumber);
    }

    /**
     * Reads what a connect needs before the products, and where the version pages them, the feed they come through
     * in the background ({@link CatalogSource#loadShop}).
     */
    public PosShop loadShop(long configId, PosSession session, int loginNumber) throws OdooException {
        return profile.catalog().loadShop(client, profile, login, configId, session, loginNumber);
    }

    /**
     * Reads these customers again, with the fields the catalog load reads (for {@code pos_partner_sync}'s updates).
     * A customer the server no longer offers (archived, deleted) is simply absent. Blocks on the network.
     */
    public static List<Customer> customers(OdooClient client, List<Long> partnerIds) throws OdooException {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        ArrayNode ids = domain.addArray().add("id").add("in").addArray();
        partnerIds.forEach(ids::add);
        return customers(client, domain);
    }

    /**
     * The customers a domain finds, every one of them: the till searches its own cache, so it reads them all on every
     * version (17/18's one-call load sends only the first ones the web POS shows, and searches the server for more).
     */
    static List<Customer> customers(OdooClient client, ArrayNode domain) throws OdooException {
        return customers(client, domain, CatalogRecords.customerFields());
    }

    /** {@link #customers(OdooClient, ArrayNode)} with these fields (19's {@code res.partner} has no {@code mobile}). */
    static List<Customer> customers(OdooClient client, ArrayNode domain, List<String> fields) throws OdooException {
        List<Customer> out = new ArrayList<>();
        for (JsonNode c : client.searchRead("res.partner", domain, fields, "", 0)) {
            out.add(CatalogRecords.customer(c));
        }
        return out;
    }
}
