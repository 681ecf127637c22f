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
 */
public record DemoServerOptions(int port, Profile profile, String database, Duration hold, Clock clock,
        List<Fault> faults) {

    public DemoServerOptions {
        faults = List.copyOf(faults);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** A free port, profile 14, database {@code demo}, Odoo's 50 s hold, the system clock, no faults. */
    public static DemoServerOptions defaults() {
        return new DemoServerOptions(0, Profile.V14, "demo", Bus.TIMEOUT, Clock.systemUTC(), List.of());
    }

    public DemoServerOptions withPort(int newPort) {
        return new DemoServerOptions(newPort, profile, database, hold, clock, faults);
    }

    public DemoServerOptions withProfile(Profile newProfile) {
        return new DemoServerOptions(port, newProfile, database, hold, clock, faults);
    }

    public DemoServerOptions withHold(Duration newHold) {
        return new DemoServerOptions(port, profile, database, newHold, clock, faults);
    }

    public DemoServerOptions withClock(Clock newClock) {
        return new DemoServerOptions(port, profile, database, hold, newClock, faults);
    }

    public DemoServerOptions withFaults(List<Fault> newFaults) {
        return new DemoServerOptions(port, profile, database, hold, clock, newFaults);
    }
}
