package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import till.session.CashMove;

/**
 * Finds a cash move on the server: every version books it as an {@code account.bank.statement.line} whose
 * {@code payment_ref} holds the reason the till sent, and that carries the move's own reference. Stateless.
 */
final class StatementLineLookup {

    private StatementLineLookup() {
    }

    /** Whether a statement line with the move's reference exists; blocks on the network. */
    static boolean holds(OdooClient client, CashMove move) throws OdooException {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("payment_ref").add("ilike").add(move.ref());
        return !client.searchRead("account.bank.statement.line", domain, List.of("id", "payment_ref", "amount"), "",
                1).isEmpty();
    }
}
