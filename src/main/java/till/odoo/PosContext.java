package till.odoo;

import java.time.Duration;
import java.util.Optional;

/**
 * What the order sender and the push channel need to know about the POS Till sells for, beyond the catalog.
 * Immutable.
 *
 * @param database          the database name (part of the {@code pos_longpolling} channel)
 * @param userId            the logged-in user, sent as each order's {@code user_id}
 * @param pricelistId       the config's pricelist, sent as {@code pricelist_id}, or null
 * @param longpollingMaxSilence {@code pos.config.longpolling_max_silence_timeout} where {@code pos_longpolling}
 *                          is installed (14), else empty
 * @param longpollingPongTimeout {@code pos.config.longpolling_pong_timeout} where installed, else empty
 */
public record PosContext(
        VersionProfile profile,
        String database,
        long configId,
        long sessionId,
        int loginNumber,
        long userId,
        Long pricelistId,
        Optional<Duration> longpollingMaxSilence,
        Optional<Duration> longpollingPongTimeout) {
}
