package till.session;

import java.math.BigDecimal;
import java.util.List;

/**
 * A paid order as the server holds it, found by a search of the POS configuration's orders (earlier sessions too):
 * shown read-only. Immutable.
 *
 * @param id        the server's {@code pos.order} id
 * @param reference its {@code pos_reference} (the till's order name), or its server name when it has none
 * @param date      its date as the server gives it ({@code YYYY-MM-DD HH:MM:SS}, UTC)
 * @param customer  the customer's name, or empty
 * @param state     the server's state ({@code paid}, {@code done}, {@code invoiced}, ...)
 * @param session   the name of its POS session, or empty when the server's answer does not say
 */
public record ServerOrder(long id, String reference, String date, String customer, BigDecimal total, String state,
                          String session, List<Line> lines, List<Payment> payments) {

    public ServerOrder {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    /** One line of a server order. Immutable. */
    public record Line(String product, BigDecimal qty, BigDecimal total) {
    }

    /** One payment of a server order. Immutable. */
    public record Payment(String method, BigDecimal amount) {
    }
}
