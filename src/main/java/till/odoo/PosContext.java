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
 * @param busChannel        the websocket bus channel the POS of this version subscribes to: 17's
 *                          {@code pos_session-<session id>-<session access_token>}, 18's bare pos.config
 *                          {@code access_token}; empty on 14/15 (their channels are built from database and config)
 * @param websocketVersion  the login's {@code websocket_worker_version}, sent as {@code /websocket?version=}
 *                          (17: {@code 17.0-1}, 18: {@code 18.0-3}); empty on 14/15
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
        Optional<Duration> longpollingPongTimeout,
        String busChannel,
        String websocketVersion) {

    public PosContext {
        busChannel = busChannel == null ? "" : busChannel;
        websocketVersion = websocketVersion == null ? "" : websocketVersion;
    }

    /** A context without a websocket bus channel (14/15, or where the channel does not matter). */
    public PosContext(VersionProfile profile, String database, long configId, long sessionId, int loginNumber,
                      long userId, Long pricelistId, Optional<Duration> longpollingMaxSilence,
                      Optional<Duration> longpollingPongTimeout) {
        this(profile, database, configId, sessionId, loginNumber, userId, pricelistId, longpollingMaxSilence,
                longpollingPongTimeout, "", "");
    }
}
