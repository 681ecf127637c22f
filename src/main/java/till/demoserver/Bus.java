package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code bus.bus} table and its dispatcher: notifications with increasing ids, and long polls that return at
 * once when something newer than {@code last} exists, else wait for a send or until the hold ends. Thread-safe.
 */
final class Bus {

    /** Odoo's bus {@code TIMEOUT}: what {@code last = 0} replays, and the default hold of a poll. */
    static final Duration TIMEOUT = Duration.ofSeconds(50);

    private record Notification(long id, String channel, JsonNode message, Instant at) {
    }

    private final Profile profile;
    private final Clock clock;
    private final List<Notification> notifications = new ArrayList<>();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private long lastId;
    private int waiting;
    private boolean closed;

    Bus(Profile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
    }

    /** Stores a notification, wakes the polls waiting on its channel and tells the listeners; returns its id. */
    long publish(String channel, JsonNode message) {
        long id;
        synchronized (this) {
            lastId++;
            id = lastId;
            notifications.add(new Notification(lastId, channel, message, clock.instant()));
            notifyAll();
        }
        // After the lock, as Odoo's NOTIFY comes after the commit: the websockets read the table themselves.
        listeners.forEach(Runnable::run);
        return id;
    }

    /** Runs on the publishing thread after every notification; the websockets dispatch from it. */
    void onPublish(Runnable listener) {
        listeners.add(listener);
    }

    synchronized long lastId() {
        return lastId;
    }

    /**
     * One long poll. {@code wakeOnSend = false} imitates a dispatcher that never hears NOTIFY (an HTTP worker, or
     * PgBouncer in transaction mode): the poll waits the whole hold, then reads the table once more.
     */
    synchronized ArrayNode poll(List<String> channels, long last, Duration hold, boolean wakeOnSend)
            throws InterruptedException {
        ArrayNode found = query(channels, last);
        long deadline = System.nanoTime() + hold.toNanos();
        waiting++;
        try {
            while (found.isEmpty() && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
                if (wakeOnSend) {
                    found = query(channels, last);
                }
            }
        } finally {
            waiting--;
        }
        return closed ? JsonRpc.NODES.arrayNode() : query(channels, last);
    }

    /** What a poll with {@code options.peek} finds at once, without waiting (Odoo 12-15 answer it this way). */
    synchronized ArrayNode peek(List<String> channels, long last) {
        return query(channels, last);
    }

    /** How many polls are waiting right now (past their first read of the table). */
    synchronized int waitingPolls() {
        return waiting;
    }

    /** Releases every waiting poll with an empty answer; used when the server stops. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private ArrayNode query(List<String> channels, long last) {
        Instant since = clock.instant().minus(TIMEOUT);
        ArrayNode items = JsonRpc.NODES.arrayNode();
        for (Notification n : notifications) {
            boolean newer = last > 0 ? n.id() > last : n.at().isAfter(since);
            if (newer && channels.contains(n.channel())) {
                items.add(item(n));
            }
        }
        return items;
    }

    private ObjectNode item(Notification n) {
        ObjectNode item = JsonRpc.NODES.objectNode();
        item.put("id", n.id());
        if (profile.hasLegacyBus()) {
            item.put("channel", n.channel());
        }
        item.set("message", n.message());
        return item;
    }
}
