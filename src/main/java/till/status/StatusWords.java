package till.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import till.push.ConnectionState;
import till.push.ConnectionStatus;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.SenderStatus;
import till.sell.MoneyFormat;
import till.worker.WorkerState;

/**
 * The two icons' statuses in plain words for the cashier: what the look means, since when, why, and what to do.
 * Immutable.
 */
public final class StatusWords {

    /** Said under an internal error of the order sender, on the icon and in the outbox panel. */
    static final String RESTARTS = "The order sender starts again by itself; paid orders stay saved on this"
            + " till.";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final MoneyFormat money;
    private final Clock clock;
    private final ZoneId zone;

    public StatusWords(MoneyFormat money, Clock clock, ZoneId zone) {
        this.money = money;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The Wi-Fi icon's tooltip: an internal error first, then how many orders, how much money, the oldest one's age,
     * the last error.
     */
    public String orders(SenderStatus s) {
        List<String> lines = new ArrayList<>();
        s.internalError().ifPresent(error -> {
            lines.add(error);
            lines.add(RESTARTS);
        });
        if (s.state() == WorkerState.TERMINATED) {
            lines.add("The order sender is not running; paid orders stay saved on this till.");
        }
        // A failed sender's counts may predate the failure: no all-clear until it runs again.
        if (s.allSent() && s.internalError().isEmpty()) {
            lines.add("Every paid order has reached the server.");
        }
        if (s.unsent() > 0) {
            lines.add(count(s.unsent()) + " to send: " + money.format(s.unsentAmount())
                    + s.oldestUnsent().map(t -> ", the oldest paid " + age(t) + " ago").orElse("") + ".");
        }
        if (s.unknown() > 0) {
            lines.add("Of those, " + count(s.unknown()) + ": checking whether the server got "
                    + (s.unknown() == 1 ? "it" : "them") + s.unknownSince().map(t -> " (since " + time(t) + ")")
                    .orElse("") + "; none is sent again before the till knows.");
        }
        if (s.rejected() > 0) {
            lines.add(count(s.rejected()) + " refused by the server: open the outbox to see why.");
        }
        if (s.sending()) {
            lines.add("Sending now\u2026");
        }
        if (!s.lastError().isBlank() && !s.allSent()) {
            lines.add("Last error: " + s.lastError());
        }
        s.nextRetry().filter(t -> !s.allSent()).ifPresent(t -> lines.add("Next try by itself at " + time(t)
                + "; click to send now."));
        return String.join("\n", lines);
    }

    /**
     * What the outbox panel says under one order: whether the till is checking if the server got it, whether a lookup
     * found it there, or its last error.
     */
    public String row(OutboxEntry entry) {
        if (entry.state() == OutboxState.UNKNOWN) {
            String since = entry.unknownSince().map(t -> " (since " + time(t) + ")").orElse("");
            return "Checking whether the server got it" + since + "." + (entry.lastError().isBlank() ? ""
                    : " " + entry.lastError());
        }
        if (entry.state() == OutboxState.SENT) {
            return entry.foundByLookup() ? "Found on the server by a lookup." : "Reached the server.";
        }
        return entry.lastError().isBlank() ? "Waiting to be sent." : entry.lastError();
    }

    /** What a look of the longpolling icon means, in one line. */
    public static String meaning(ConnectionState state) {
        return switch (state) {
            case STOPPED -> "Not connected: the push channel has not started.";
            case RED -> "No connection to the server: offline mode.";
            case ORANGE -> "The server answers, but no response from polling yet.";
            case GREEN -> "Online: the server can push to this till.";
            case ROTATING -> "Reconnecting now.";
        };
    }

    /**
     * What the longpolling icon means in one line, for its state and the kind of its cause: the websocket bus (16+)
     * says more than long polling's words where its looks mean something else (orange: silent, or polling instead).
     */
    public static String meaning(ConnectionStatus s) {
        return switch (s.cause().kind()) {
            case CONNECTING -> s.state() == ConnectionState.ROTATING ? "Connecting now." : meaning(s.state());
            case SILENT -> s.state() == ConnectionState.ORANGE ? "Connected, but the server has stopped answering."
                    : meaning(s.state());
            case POLLING_FALLBACK -> s.state() == ConnectionState.ORANGE ? "Connected by polling: the websocket is"
                    + " blocked on the way, so pushes come late." : meaning(s.state());
            default -> meaning(s.state());
        };
    }

    /** The longpolling icon's tooltip and detail: meaning, since when, the cause and what to do. */
    public String push(ConnectionStatus s) {
        String text = meaning(s) + "\nSince " + time(s.since()) + ": " + s.cause().words();
        return s.cause().advice().isEmpty() ? text : text + "\nWhat to do: " + s.cause().advice();
    }

    /** A time of day as the cashier reads it. */
    public String time(Instant instant) {
        return HH_MM.withZone(zone).format(instant);
    }

    /** How long ago, in round words: "under a minute", "12 min", "3 h 5 min", "2 days". */
    public String age(Instant since) {
        Duration age = Duration.between(since, clock.instant());
        if (age.toMinutes() < 1) {
            return "under a minute";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h " + age.toMinutesPart() + " min";
        }
        return age.toDays() + (age.toDays() == 1 ? " day" : " days");
    }

    private static String count(int orders) {
        return orders == 1 ? "1 paid order" : orders + " paid orders";
    }
}
