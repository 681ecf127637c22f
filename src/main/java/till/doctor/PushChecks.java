package till.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import till.push.BusCalls;
import till.push.BusCause;
import till.push.BusFailures;
import till.push.BusItems;
import till.push.BusMessage;
import till.push.PosChannels;
import till.odoo.JsonRpcClient.PendingCall;
import till.odoo.OdooException;

/**
 * The push channel's checks: the route answers, a poll is held without a proxy cutting it, and a notification wakes a
 * held poll at once (PING/PONG where {@code pos_longpolling} is installed). Blocks; confined to the calling thread.
 */
final class PushChecks {

    /** A wake slower than this came with the poll's return, not with NOTIFY (healthy: ms, transcripts 410/415). */
    static final Duration LATE = Duration.ofMillis(500);
    private static final Duration CALL = Duration.ofSeconds(15);
    // Time for the server to take the poll and start waiting before the notification is sent.
    private static final long SETTLE_MILLIS = 300;

    private final BusCalls calls;
    private final String database;
    private final long configId;
    private final Duration holdBound;

    PushChecks(BusCalls calls, String database, long configId, Duration holdBound) {
        this.calls = calls;
        this.database = database;
        this.configId = configId;
        this.holdBound = holdBound;
    }

    Check route() {
        long start = System.nanoTime();
        try {
            calls.poll(List.of(privateChannel()), 0, true, CALL).await();
            return Check.pass("push-route", calls.pushServer() + BusCalls.POLL + " answers (" + millisSince(start)
                    + " ms).");
        } catch (OdooException e) {
            return failed("push-route", e, BusCalls.POLL, calls.pushServer());
        }
    }

    Check hold() {
        long start = System.nanoTime();
        try {
            calls.poll(List.of(privateChannel()), 0, false, holdBound).await();
            return Check.pass("push-hold", "A poll with nothing to deliver was held " + secondsSince(start)
                    + " s and came back empty, as Odoo's bus does (it holds up to 50 s).");
        } catch (OdooException e) {
            BusCause cause = BusFailures.of(e, BusCalls.POLL, calls.pushServer());
            if (cause.kind() == BusCause.Kind.TIMEOUT && holdBound.toSeconds() < 50) {
                return Check.pass("push-hold", "A poll was still held after " + holdBound.toSeconds() + " s and no"
                        + " proxy cut it (only the first " + holdBound.toSeconds() + " s of Odoo's 50 s were"
                        + " checked).");
            }
            String after = " after " + secondsSince(start) + " s";
            if (cause.kind() == BusCause.Kind.PROXY_STATUS) {
                return Check.fail("push-hold", cause.words() + after + ": the proxy's read timeout is shorter than"
                        + " Odoo's 50 s hold.", "Set the proxy's read timeout for /longpolling to at least 60 s"
                        + " (nginx: proxy_read_timeout 720s; Apache: ProxyTimeout 720).");
            }
            return Check.fail("push-hold", cause.words() + after + ".", cause.advice());
        }
    }

    /** A held poll on the PONG channel (or a private one) and a PING (or a send) while it waits. */
    Check wake(boolean pingPong, boolean canSend) {
        if (!pingPong && !canSend) {
            return Check.skipped("push-wakes", "Odoo 15 has no public route to send a notification; watch the"
                    + " longpolling icon: notifications that arrive only every 50 s turn it red with the PgBouncer"
                    + " explanation.");
        }
        String channel = pingPong ? PosChannels.of(database, "pos.longpolling", configId) : privateChannel();
        try {
            long last = BusItems.newLast(0, BusItems.parse(calls.poll(List.of(channel), 0, true, CALL).await()));
            PendingCall poll = calls.poll(List.of(channel), last, false, holdBound.plusSeconds(10));
            CompletableFuture<JsonNode> answer = CompletableFuture.supplyAsync(() -> await(poll), runnable -> {
                Thread t = new Thread(runnable, "doctor-poll");
                t.setDaemon(true);
                t.start();
            });
            Thread.sleep(SETTLE_MILLIS);
            long sent = System.nanoTime();
            if (pingPong) {
                calls.ping(database, configId, CALL);
            } else {
                calls.send(channel, TextNode.valueOf("till doctor"), CALL);
            }
            List<BusMessage> got = BusItems.parse(answer.get(holdBound.toSeconds() + 15, TimeUnit.SECONDS));
            return wakeResult(pingPong ? "PONG" : "notification", millisSince(sent), !got.isEmpty());
        } catch (OdooException e) {
            return failed("push-wakes", e, pingPong ? BusCalls.PING : BusCalls.SEND, calls.server());
        } catch (CompletionException | ExecutionException e) {
            return e.getCause() instanceof OdooException o ? failed("push-wakes", o, BusCalls.POLL, calls.pushServer())
                    : Check.fail("push-wakes", "The poll failed: " + e.getCause(), "");
        } catch (TimeoutException e) {
            return Check.fail("push-wakes", "The held poll did not come back.", "Run till doctor again; if it repeats,"
                    + " check the proxy in front of " + calls.pushServer() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Check.fail("push-wakes", "Interrupted.", "");
        }
    }

    private static Check wakeResult(String what, long millis, boolean arrived) {
        if (arrived && millis < LATE.toMillis()) {
            return Check.pass("push-wakes", "The " + what + " woke the held poll after " + millis + " ms.");
        }
        BusCause late = BusCause.latePush(Duration.ofMillis(millis));
        String detail = arrived ? "The " + what + " arrived only when the held poll returned, " + millis + " ms after"
                + " it was sent: the bus does not hear LISTEN/NOTIFY."
                : "The " + what + " never reached the held poll: the bus does not hear LISTEN/NOTIFY.";
        return Check.fail("push-wakes", detail, late.advice());
    }

    private static JsonNode await(PendingCall poll) {
        try {
            return poll.await();
        } catch (OdooException e) {
            throw new CompletionException(e);
        }
    }

    private static Check failed(String name, OdooException e, String route, String server) {
        BusCause cause = BusFailures.of(e, route, server);
        return Check.fail(name, cause.words(), cause.advice());
    }

    private static String privateChannel() {
        return "till_doctor_" + Long.toHexString(System.nanoTime());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String secondsSince(long start) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
    }
}
