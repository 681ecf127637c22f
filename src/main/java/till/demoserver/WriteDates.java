package till.demoserver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The demo's {@code write_date}s: Odoo's text form to the second, and each write later than every earlier one (also
 * within one second), so that "written after the newest one the till has seen" finds exactly the writes since.
 * Thread-safe.
 */
final class WriteDates {

    static final DateTimeFormatter ODOO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;
    private LocalDateTime last;

    WriteDates(Clock clock) {
        this.clock = clock;
        this.last = now();
    }

    /** Stamps the record as written now (a second after the previous stamp if the clock has not moved on). */
    synchronized void stamp(ObjectNode record) {
        LocalDateTime now = now();
        last = now.isAfter(last) ? now : last.plusSeconds(1);
        record.put("write_date", last.format(ODOO_TIME));
    }

    /** Gives records that have none (the recorded seeds of 14/15 do not read it) a write date in the past. */
    void stampMissing(DemoData data, String model) {
        String past = now().minusDays(1).format(ODOO_TIME);
        synchronized (data) {
            for (ObjectNode copy : data.all(model)) {
                ObjectNode record = data.live(model, copy.get("id").asInt());
                if (!record.has("write_date")) {
                    record.put("write_date", past);
                }
            }
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
    }
}
