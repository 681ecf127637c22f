package till.doctor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Odoo's request time limit next to the till's settle time: with {@code workers > 0} Odoo stops a request after
 * {@code limit_time_real} seconds (120 by default), and the order sender waits {@code orders.settle.seconds} after a
 * send that had no answer before it asks whether the server has the orders; a settle shorter than the limit could
 * look while the server is still storing them, and a resend then would make a duplicate (docs/decisions/0160).
 * Immutable.
 *
 * @param limitTimeReal Odoo's {@code limit_time_real}, in seconds
 * @param workers       Odoo's {@code workers}: the limit applies only to a prefork server ({@code workers > 0})
 * @param settle        the till's settle time ({@code orders.settle.seconds})
 */
public record RequestTimeLimit(int limitTimeReal, int workers, Duration settle) {

    /** Odoo's default {@code limit_time_real}. */
    public static final int ODOO_DEFAULT = 120;

    /** Reads {@code limit_time_real} and {@code workers} from the {@code [options]} of an odoo.conf. */
    public static RequestTimeLimit fromOdooConf(Path file, Duration settle) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            // odoo.conf is INI: "key = value" under [options]; Properties reads those lines and ignores the header.
            p.load(in);
        }
        return new RequestTimeLimit(number(p, "limit_time_real", ODOO_DEFAULT), number(p, "workers", 0), settle);
    }

    Check check() {
        long settleSeconds = settle.toSeconds();
        if (workers == 0) {
            return new Check("request-time-limit", true, "A threaded Odoo (workers 0) does not stop long requests"
                    + " (limit_time_real applies with workers > 0 only): Till looks up an order whose send had no"
                    + " answer after orders.settle.seconds = " + settleSeconds + " s, and cannot be sure the server"
                    + " has finished with it by then.", "For airtight de-duplication run Odoo with workers > 0, or add"
                    + " a unique index on pos_order.pos_reference.");
        }
        if (settleSeconds < limitTimeReal) {
            return Check.fail("request-time-limit", "Odoo stops a request after limit_time_real = " + limitTimeReal
                    + " s, but Till looks up an order whose send had no answer after orders.settle.seconds = "
                    + settleSeconds + " s: the server may still be storing it then, and a resend would store it"
                    + " twice.", "Set orders.settle.seconds=" + limitTimeReal + " in till.properties.");
        }
        return Check.pass("request-time-limit", "Odoo stops a request after limit_time_real = " + limitTimeReal
                + " s; Till waits orders.settle.seconds = " + settleSeconds + " s before it looks up an order whose"
                + " send had no answer.");
    }

    private static int number(Properties p, String key, int fallback) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Integer.parseInt(value.strip());
    }
}
