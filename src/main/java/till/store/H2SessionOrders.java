package till.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import till.order.OrderUid;
import till.order.PaidOrder;
import till.outbox.OutboxState;
import till.session.SessionOrder;
import till.session.SessionOrders;

/**
 * A session's paid orders in the H2 store, read by the head of their uid ({@code SSSSS-}), with their outbox state
 * (an unknown outcome is a sending state with {@code unknown_since} set, migration V5). Read-only. Thread-safe.
 */
public final class H2SessionOrders implements SessionOrders {

    private final Database database;
    private final StoreJson json;

    H2SessionOrders(Database database, StoreJson json) {
        this.database = database;
        this.json = json;
    }

    @Override
    public List<SessionOrder> of(long sessionId) {
        // The uid's head is the session id padded to 5 digits, as OrderUid writes it.
        String head = new OrderUid(sessionId, 0, 0).uid().split("-")[0] + "-";
        return database.read(c -> {
            List<SessionOrder> result = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT p.body, o.state, o.unknown_since, o.last_error"
                    + " FROM paid_orders p JOIN outbox o ON o.uid = p.uid WHERE p.uid LIKE ? ORDER BY p.seq")) {
                select.setString(1, head + "%");
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        OutboxState state = OutboxState.valueOf(rs.getString(2));
                        boolean unknown = state == OutboxState.SENDING && rs.getObject(3) != null;
                        result.add(new SessionOrder(json.read(rs.getString(1), PaidOrder.class),
                                unknown ? OutboxState.UNKNOWN : state, rs.getString(4)));
                    }
                }
            }
            return result;
        });
    }
}
