package till.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import till.i18n.Texts;
import till.push.BusCause;
import till.push.ConnectionState;
import till.push.ConnectionStatus;
import till.outbox.FailureKind;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.SenderStatus;
import till.sell.MoneyFormat;
import till.worker.WorkerState;

/**
 * The two icons' statuses in plain words for the cashier, in the till's language ({@code till/status/texts}): what
 * the look means, since when, why, and what to do. Immutable.
 */
public final class StatusWords {

    /** The status area's texts. */
    static final String BUNDLE = "till.status.texts";
    /** Said under an internal error of the order sender, on the icon and in the outbox panel (in English). */
    static final String RESTARTS = "The order sender starts again by itself; paid orders stay saved on this"
            + " till.";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final MoneyFormat money;
    private final Clock clock;
    private final ZoneId zone;
    private final Texts texts;
    private final CauseWords causes;

    /** In English. */
    public StatusWords(MoneyFormat money, Clock clock, ZoneId zone) {
        this(money, clock, zone, Locale.ENGLISH);
    }

    /** In the till's language {@code locale}. */
    public StatusWords(MoneyFormat money, Clock clock, ZoneId zone, Locale locale) {
        this.money = money;
        this.clock = clock;
        this.zone = zone;
        this.texts = Texts.of(BUNDLE, locale);
        this.causes = new CauseWords(texts);
    }

    /**
     * The Wi-Fi icon's tooltip: an internal error first, then how many orders, how much money, the oldest one's age,
     * the last error.
     */
    public String orders(SenderStatus s) {
        List<String> lines = new ArrayList<>();
        s.internalError().ifPresent(error -> {
            lines.add(causes.internal(error));
            lines.add(texts.get("wifi.restarts"));
        });
        if (s.state() == WorkerState.TERMINATED) {
            lines.add(texts.get("wifi.notRunning"));
        }
        // A failed sender's counts may predate the failure: no all-clear until it runs again.
        if (s.allSent() && s.internalError().isEmpty()) {
            lines.add(texts.get("wifi.allSent"));
        }
        if (s.unsent() > 0) {
            String amount = money.format(s.unsentAmount());
            lines.add(s.oldestUnsent().map(t -> texts.get("wifi.toSend.oldest", count(s.unsent()), amount, age(t)))
                    .orElseGet(() -> texts.get("wifi.toSend", count(s.unsent()), amount)));
        }
        if (s.unknown() > 0) {
            lines.add(s.unknownSince().map(t -> texts.get("wifi.unknown.since", count(s.unknown()), s.unknown(),
                    time(t))).orElseGet(() -> texts.get("wifi.unknown", count(s.unknown()), s.unknown())));
        }
        if (s.rejected() > 0) {
            lines.add(texts.get("wifi.rejected", count(s.rejected())));
        }
        if (s.sending()) {
            lines.add(texts.get("wifi.sending"));
        }
        if (!s.lastError().isBlank() && !s.allSent()) {
            lines.add(texts.get("wifi.lastError", lastFailure(s)));
        }
        s.nextRetry().filter(t -> !s.allSent()).ifPresent(t -> lines.add(texts.get("wifi.nextRetry", time(t))));
        return String.join("\n", lines);
    }

    /**
     * The last failure with one cause, stated once: a passing failure the core explained ("the server answered with an
     * HTML error page") is said as that and what follows, not after the kind's general "cannot be reached", which
     * would contradict it (decision 0244).
     */
    private String lastFailure(SenderStatus s) {
        String general = FailureKind.RETRYABLE.advice();
        if (s.lastFailure().equals(Optional.of(FailureKind.RETRYABLE)) && s.lastError().startsWith(general)) {
            String cause = s.lastError().substring(general.length()).strip();
            if (!cause.isEmpty()) {
                return causes.orderError(cause, false) + " " + texts.get("wifi.retryable.after");
            }
        }
        return causes.sendFailure(s.lastFailure(), s.lastError());
    }

    /** The outbox panel's warning while the order sender has an internal error: the error and that it restarts. */
    String problem(String internalError) {
        return causes.internal(internalError) + "\n" + texts.get("wifi.restarts");
    }

    /**
     * What the outbox panel says under one order: whether the till is checking if the server got it, whether a lookup
     * found it there, or its last error.
     */
    public String row(OutboxEntry entry) {
        if (entry.state() == OutboxState.UNKNOWN) {
            String checking = entry.unknownSince().map(t -> texts.get("row.checking.since", time(t)))
                    .orElseGet(() -> texts.get("row.checking"));
            return entry.lastError().isBlank() ? checking
                    : checking + " " + causes.orderError(entry.lastError(), false);
        }
        if (entry.state() == OutboxState.SENT) {
            return texts.get(entry.foundByLookup() ? "row.found" : "row.reached");
        }
        return entry.lastError().isBlank() ? texts.get("row.waiting")
                : causes.orderError(entry.lastError(), entry.state() == OutboxState.REJECTED);
    }

    /** One order's facts in the outbox panel: time paid, amount, attempts, state. */
    String facts(OutboxEntry entry) {
        return texts.get("row.facts", time(entry.paidAt()), money.format(entry.amountTotal()), entry.attempts(),
                texts.get("state." + entry.state().name()));
    }

    /** What a look of the longpolling icon means, in one line. */
    public String meaning(ConnectionState state) {
        return texts.get("push.meaning." + state.name());
    }

    /**
     * What the longpolling icon means in one line, for its state and the kind of its cause: the websocket bus (16+)
     * says more than long polling's words where its looks mean something else (orange: silent, or polling instead).
     */
    public String meaning(ConnectionStatus s) {
        return switch (s.cause().kind()) {
            case CONNECTING -> s.state() == ConnectionState.ROTATING ? texts.get("push.meaning.connecting")
                    : meaning(s.state());
            case SILENT -> s.state() == ConnectionState.ORANGE ? texts.get("push.meaning.silent") : meaning(s.state());
            case POLLING_FALLBACK -> s.state() == ConnectionState.ORANGE ? texts.get("push.meaning.polling")
                    : meaning(s.state());
            default -> meaning(s.state());
        };
    }

    /** The longpolling icon's tooltip and detail: meaning, since when, the cause and what to do. */
    public String push(ConnectionStatus s) {
        BusCause cause = s.cause();
        String text = meaning(s) + "\n" + texts.get("push.since", time(s.since()), causes.busWords(cause));
        String advice = causes.busAdvice(cause);
        return advice.isEmpty() ? text : text + "\n" + texts.get("push.whatToDo", advice);
    }

    /**
     * The detail panel's admin part: since when and the cause, then what to do; the headline ({@link #meaning}) is
     * said above it and not repeated (decision 0244).
     */
    public String pushDetails(ConnectionStatus s) {
        String since = texts.get("push.since", time(s.since()), causes.busWords(s.cause()));
        String advice = causes.busAdvice(s.cause());
        return advice.isEmpty() ? since : since + "\n" + texts.get("push.whatToDo", advice);
    }

    /**
     * What a cashier must know first while the icon is red or orange: keep selling, the orders are safe on this till
     * and go out when the connection is back; empty in any other state.
     */
    public String keepSelling(ConnectionState state) {
        return state == ConnectionState.RED || state == ConnectionState.ORANGE ? texts.get("push.keepSelling") : "";
    }

    /** A time of day as the cashier reads it. */
    public String time(Instant instant) {
        return HH_MM.withZone(zone).format(instant);
    }

    /** How long ago, in round words: "under a minute", "12 min", "3 h 5 min", "2 days". */
    public String age(Instant since) {
        Duration age = Duration.between(since, clock.instant());
        if (age.toMinutes() < 1) {
            return texts.get("age.underMinute");
        }
        if (age.toHours() < 1) {
            return texts.get("age.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return texts.get("age.hours", age.toHours(), age.toMinutesPart());
        }
        return texts.get("age.days", age.toDays());
    }

    /** The status area's texts in the same language, for the views. */
    Texts texts() {
        return texts;
    }

    /** The causes in the same language, for the printer indicator. */
    CauseWords causes() {
        return causes;
    }

    private String count(int orders) {
        return texts.get("orders.count", orders);
    }
}
