package till.setup;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The till's connection settings, as {@code till setup} writes them to {@code till.properties}. Immutable. The
 * password is never part of it (see {@link PasswordFile}).
 *
 * @param server        the Odoo address for ordinary calls, e.g. {@code https://shop.example.com}
 * @param pushUrl       a separate address for the long-polling port, or null to use {@code server}
 * @param posConfigId   the {@code pos.config} id the till sells for
 * @param keepPassword  whether the password is kept in the password file for unattended re-login
 * @param settle        the server's request time limit (Odoo's {@code limit_time_real}): how long after a send of
 *                      unknown outcome the order sender waits before it asks the server whether it has the orders
 */
public record TillConfig(URI server, URI pushUrl, String database, String login, long posConfigId,
                         boolean keepPassword, Duration settle) {

    /** Odoo's default {@code limit_time_real}, the settle time when {@code till.properties} does not say. */
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(120);

    /** A configuration with Odoo's default request time limit. */
    public TillConfig(URI server, URI pushUrl, String database, String login, long posConfigId,
                      boolean keepPassword) {
        this(server, pushUrl, database, login, posConfigId, keepPassword, DEFAULT_SETTLE);
    }

    /** The address of the push channel: the push URL when set, else the server. */
    public URI pushServer() {
        return Optional.ofNullable(pushUrl).orElse(server);
    }
}
