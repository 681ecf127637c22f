package till.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import till.session.CashMove;

/**
 * How the web POS (or, on 14, the back office) of one version family books a cash in or out into its session. One
 * implementation per family, chosen by {@link VersionProfile#cashMoves()}. Every family writes the reason into an
 * {@code account.bank.statement.line}'s {@code payment_ref}, which {@link StatementLineLookup} searches. Stateless.
 */
interface CashMoveCalls {

    /**
     * Books the move; blocks on the network. The reason sent carries the move's reference
     * ({@link CashMove#reasonWithRef()}), so that the move can be found again.
     *
     * @param context the login's {@code kwargs.context}, as the web POS sends it
     */
    void send(OdooClient client, ObjectNode context, CashMove move) throws OdooException;
}
