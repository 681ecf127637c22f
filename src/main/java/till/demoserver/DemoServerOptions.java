package till.demoserver;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * How to start a {@link DemoServer}. Immutable.
 *
 * @param port the loopback port, 0 for a free one
 * @param profile which Odoo version to imitate
 * @param database the database name it lists and accepts at login
 * @param hold how long an idle long poll is held (Odoo: 50 s; tests use a fraction of a second)
 * @param clock the time for dates, the {@code last = 0} window and session expiry
 * @param faults faults switched on from the start
 * @param websocketIdle 17/18: silence after which the server pings a socket, and then waits as long for the pong
 *     before it drops it (Odoo: 45 s; tests use a fraction of a second); 19 pings after 40/45 of it and waits a
 *     third of it ({@link Profile#pingAfter}, {@link Profile#pongWait})
 * @param websocketKeepAlive 17/18: the age at which the server closes a socket with 4002, plus a random 0-50 % as
 *     Odoo adds (Odoo: {@code websocket_keep_alive_timeout}, 3600 s)
 * @param products how many generated products the shop carries on top of its recorded ones (0: the recorded shop
 *     only); see {@link ShopScale}
 * @param company the company the shop plays (currency, language); null: the profile's ({@link DemoCompany#of})
 */
public record DemoServerOptions(int port, Profile profile, String database, Duration hold, Clock clock,
        List<Fault> faults, Duration websocketIdle, Duration websocketKeepAlive, int products,
        DemoCompany company) {

    /** Odoo's select() timeout of the websocket loop: a ping after this much silence, a drop after as much more. */
    public static final Duration WEBSOCKET_IDLE = Duration.ofSeconds(45);
    /** Odoo's {@code websocket_keep_alive_timeout} default. */
    public static final Duration WEBSOCKET_KEEP_ALIVE = Duration.ofHours(1);

    public DemoServerOptions {
        faults = List.copyOf(faults);
        if (products < 0) {
            throw new IllegalArgumentException("products must not be negative: " + products);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** A free port, profile 14, database {@code demo}, Odoo's 50 s hold, the system clock, no faults. */
    public static DemoServerOptions defaults() {
        return new DemoServerOptions(0, Profile.V14, "demo", Bus.TIMEOUT, Clock.systemUTC(), List.of(),
                WEBSOCKET_IDLE, WEBSOCKET_KEEP_ALIVE, 0, null);
    }

    public DemoServerOptions withPort(int newPort) {
        return new DemoServerOptions(newPort, profile, database, hold, clock, faults, websocketIdle, websocketKeepAlive,
                products, company);
    }

    public DemoServerOptions withProfile(Profile newProfile) {
        return new DemoServerOptions(port, newProfile, database, hold, clock, faults, websocketIdle, websocketKeepAlive,
                products, company);
    }

    public DemoServerOptions withHold(Duration newHold) {
        return new DemoServerOptions(port, profile, database, newHold, clock, faults, websocketIdle, websocketKeepAlive,
                products, company);
    }

    public DemoServerOptions withClock(Clock newClock) {
        return new DemoServerOptions(port, profile, database, hold, newClock, faults, websocketIdle, websocketKeepAlive,
                products, company);
    }

    public DemoServerOptions withFaults(List<Fault> newFaults) {
        return new DemoServerOptions(port, profile, database, hold, clock, newFaults, websocketIdle, websocketKeepAlive,
                products, company);
    }

    public DemoServerOptions withWebsocketIdle(Duration newIdle) {
        return new DemoServerOptions(port, profile, database, hold, clock, faults, newIdle, websocketKeepAlive,
                products, company);
    }

    public DemoServerOptions withWebsocketKeepAlive(Duration newKeepAlive) {
        return new DemoServerOptions(port, profile, database, hold, clock, faults, websocketIdle, newKeepAlive,
                products, company);
    }

    /** The shop as another company's: its currency and its user's language (e.g. {@link DemoCompany#NL}). */
    public DemoServerOptions withCompany(DemoCompany newCompany) {
        return new DemoServerOptions(port, profile, database, hold, clock, faults, websocketIdle, websocketKeepAlive,
                products, newCompany);
    }

    /** The company the shop plays: the one asked for, else the profile's. */
    public DemoCompany shopCompany() {
        return company != null ? company : DemoCompany.of(profile);
    }

    /** A shop of this many generated products (realistic names, codes, EAN-13 barcodes, categories, taxes). */
    public DemoServerOptions withProducts(int newProducts) {
        return new DemoServerOptions(port, profile, database, hold, clock, faults, websocketIdle, websocketKeepAlive,
                newProducts, company);
    }
}
