package till.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import till.outbox.OutboxEntry;
import till.outbox.OutboxJson;
import till.outbox.OutboxState;
import till.outbox.OutboxSummary;

/**
 * The outbox as the support bundle shows it: counts by state, the unsent money and the age of the oldest unsent
 * order, and the rows of the orders that have not reached the server (the keys of {@code till outbox list --json}).
 * Immutable.
 */
record OutboxDigest(List<OutboxEntry> entries, OutboxSummary summary) {

    OutboxDigest {
        entries = List.copyOf(entries);
    }

    /** A few lines a person reads first. */
    String text(Instant now) {
        Map<OutboxState, Integer> counts = new EnumMap<>(OutboxState.class);
        BigDecimal rejectedAmount = BigDecimal.ZERO;
        for (OutboxEntry e : entries) {
            counts.merge(e.state(), 1, Integer::sum);
            if (e.state() == OutboxState.REJECTED) {
                rejectedAmount = rejectedAmount.add(e.amountTotal());
            }
        }
        StringBuilder text = new StringBuilder("Outbox at " + now + "\n");
        for (OutboxState state : OutboxState.values()) {
            text.append(String.format("%-9s %d%n", state.word() + ":", counts.getOrDefault(state, 0)));
        }
        text.append("unsent amount: ").append(money(summary.unsentAmount())).append(" in ")
                .append(summary.unsent()).append(" orders\n");
        text.append("rejected amount: ").append(money(rejectedAmount)).append(" in ")
                .append(summary.rejected()).append(" orders\n");
        text.append("oldest unsent: ").append(summary.oldestUnsent()
                .map(paid -> "paid " + paid + ", " + age(Duration.between(paid, now)) + " ago").orElse("none"))
                .append('\n');
        text.append("last error: ").append(summary.lastError().isEmpty() ? "none" : summary.lastError())
                .append('\n');
        return text.toString();
    }

    /** The rows of the unsent and rejected orders, as JSON. */
    String unsentJson() {
        return new OutboxJson().write(entries.stream().filter(e -> e.state() != OutboxState.SENT).toList());
    }

    /** The store keeps more decimals than the currency has; two are what a person expects to read. */
    static String money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }

    static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + " h " + minutes % 60 + " min" : hours / 24 + " days " + hours % 24 + " h";
    }
}
