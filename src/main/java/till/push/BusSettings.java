package till.push;

import java.time.Duration;
import till.odoo.PosContext;

/**
 * How one push channel runs: who it is for, whether the server has {@code pos_longpolling}, and its timeouts.
 * Immutable.
 *
 * @param database       the database (part of the POS channel strings)
 * @param configId       the {@code pos.config} id (part of the POS channel strings, and the PING's {@code pos_id})
 * @param pingPong       whether the server has {@code pos_longpolling}: PING/PONG as the module does (14)
 * @param silence        {@code longpolling_max_silence_timeout}: PING after this long without a sign of life
 * @param pongTimeout    {@code longpolling_pong_timeout}: red when no PONG follows an answered PING this soon
 * @param pollTimeout    read timeout of a long poll, safely above the server's 50 s hold
 * @param callTimeout    timeout of the PING, the hello and a peek poll (the module uses 30 s)
 * @param lateThreshold  a PONG slower than this that came with a held poll's return means NOTIFY does not arrive
 * @param reloadGap      after a gap without a completed poll longer than this, notifications may be lost: reload
 */
public record BusSettings(String database, long configId, boolean pingPong, Duration silence, Duration pongTimeout,
                          Duration pollTimeout, Duration callTimeout, Duration lateThreshold, Duration reloadGap) {

    public static final Duration DEFAULT_SILENCE = Duration.ofSeconds(60);
    public static final Duration DEFAULT_PONG_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration POLL_TIMEOUT = Duration.ofSeconds(60);

    /** The settings for a POS, with the module's timeouts where the server has them and the defaults elsewhere. */
    public static BusSettings of(PosContext pos) {
        boolean module = pos.profile().mayHavePosLongpolling() && pos.longpollingPongTimeout().isPresent();
        return new BusSettings(pos.database(), pos.configId(), module,
                pos.longpollingMaxSilence().orElse(DEFAULT_SILENCE), pos.longpollingPongTimeout()
                .orElse(DEFAULT_PONG_TIMEOUT), POLL_TIMEOUT, Duration.ofSeconds(30), Duration.ofSeconds(2),
                Duration.ofSeconds(100));
    }

    public BusSettings withPollTimeout(Duration timeout) {
        return new BusSettings(database, configId, pingPong, silence, pongTimeout, timeout, callTimeout,
                lateThreshold, reloadGap);
    }

    public BusSettings withPingPong(boolean on) {
        return new BusSettings(database, configId, on, silence, pongTimeout, pollTimeout, callTimeout,
                lateThreshold, reloadGap);
    }
}
