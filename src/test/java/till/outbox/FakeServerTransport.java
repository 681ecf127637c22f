package till.outbox;

import till.order.PaidOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport that behaves like Odoo 14/15's {@code create_from_ui} in memory: all-or-nothing batches, skipped
 * duplicates by name (left out of the answer), a lookup by name, and faults a test switches on. It records every call
 * and lookup and counts concurrent sends. Thread-safe.
 */
public final class FakeServerTransport implements OrderTransport {

    private final Set<String> stored = new LinkedHashSet<>();
    private final Map<String, Long> ids = new HashMap<>();
    private final List<List<String>> lookups = new ArrayList<>();
    private final Deque<SendFailure> lookupFailures = new ArrayDeque<>();
    private volatile int[] lieNext;
    private volatile boolean uniqueIndex;
    private volatile boolean storeThenLoseAnswer;
    private final List<List<String>> calls = new ArrayList<>();
    private final Deque<SendFailure> nextFailures = new ArrayDeque<>();
    private final Map<String, String> refused = new HashMap<>();
    private final Set<String> closedSession = new HashSet<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile int maxInFlight;
    private volatile boolean storeThenTimeOut;
    private volatile CountDownLatch hang;
    private volatile Throwable crash;
    private volatile Runnable duringNextCall;

    @Override
    public SendResult send(List<PaidOrder> batch) throws SendFailure {
        maxInFlight = Math.max(maxInFlight, inFlight.incrementAndGet());
        try {
            synchronized (this) {
                calls.add(batch.stream().map(PaidOrder::name).toList());
            }
            Runnable during = duringNextCall;
            if (during != null) {
                duringNextCall = null;
                during.run();
            }
            awaitHang();
            return answer(batch);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private synchronized SendResult answer(List<PaidOrder> batch) throws SendFailure {
        if (crash != null) {
            Throwable e = crash;
            crash = null;
            if (e instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e;
        }
        if (!nextFailures.isEmpty()) {
            throw nextFailures.poll();
        }
        for (PaidOrder order : batch) {
            if (closedSession.contains(order.name())) {
                throw new SendFailure(FailureKind.SESSION_CLOSED, "Session of " + order.name() + " is closed.");
            }
            if (refused.containsKey(order.name())) {
                throw new SendFailure(FailureKind.REJECTED, refused.get(order.name()));
            }
        }
        if (uniqueIndex && batch.stream().anyMatch(o -> stored.contains(o.name()))) {
            throw new SendFailure(FailureKind.ALREADY_STORED, "duplicate key value violates unique constraint"
                    + " \"pos_order_pos_reference_uniq\"");
        }
        int[] lie = lieNext;
        lieNext = null;
        Map<String, Long> storedNow = new HashMap<>();
        for (PaidOrder order : lie == null ? batch : batch.subList(0, lie[0])) {
            if (stored.add(order.name())) {
                ids.put(order.name(), ids.size() + 1L);
                storedNow.put(order.name(), ids.get(order.name()));
            }
        }
        if (storeThenTimeOut) {
            storeThenTimeOut = false;
            throw new SendFailure(FailureKind.RETRYABLE, "The server did not answer within 30 s.");
        }
        if (storeThenLoseAnswer) {
            storeThenLoseAnswer = false;
            throw new SendFailure(FailureKind.OUTCOME_UNKNOWN, "The server did not answer within 31 s.");
        }
        if (lie != null) {
            Map<String, Long> named = new HashMap<>();
            batch.subList(0, lie[1]).forEach(o -> named.put(o.name(), ids.getOrDefault(o.name(), 99L)));
            return SendResult.withIds(named);
        }
        return SendResult.withIds(storedNow);
    }

    @Override
    public synchronized Map<String, Long> lookUp(List<PaidOrder> orders) throws SendFailure {
        lookups.add(orders.stream().map(PaidOrder::name).toList());
        if (!lookupFailures.isEmpty()) {
            throw lookupFailures.poll();
        }
        Map<String, Long> found = new HashMap<>();
        orders.stream().filter(o -> stored.contains(o.name())).forEach(o -> found.put(o.uid(), ids.get(o.name())));
        return found;
    }

    private void awaitHang() throws SendFailure {
        CountDownLatch latch = hang;
        if (latch == null) {
            return;
        }
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new SendFailure(FailureKind.RETRYABLE, "The call to the server was cancelled.");
    }

    @Override
    public void cancel() {
        CountDownLatch latch = hang;
        if (latch != null) {
            latch.countDown();
        }
    }

    synchronized void failNext(FailureKind kind, String message, int times) {
        for (int i = 0; i < times; i++) {
            nextFailures.add(new SendFailure(kind, message));
        }
    }

    synchronized void refuse(String name, String message) {
        refused.put(name, message);
    }

    synchronized void accept(String name) {
        refused.remove(name);
    }

    synchronized void closeSessionOf(String name) {
        closedSession.add(name);
    }

    /** The next call stores its orders and then fails as a timeout, as when the answer came too late. */
    void storeThenTimeOut() {
        storeThenTimeOut = true;
    }

    /** The next call stores its orders, then its answer is lost: the outcome is unknown to the sender. */
    public void storeThenLoseAnswer() {
        storeThenLoseAnswer = true;
    }

    /**
     * The next call stores only the first {@code stored} orders of its batch and its answer names only the first
     * {@code named} (a hostile or broken server, a proxy replaying an answer).
     */
    void lieNext(int stored, int named) {
        lieNext = new int[] {stored, named};
    }

    /** The shop added a unique index on the reference: a batch holding a stored name fails as a duplicate key. */
    void addUniqueIndex() {
        uniqueIndex = true;
    }

    /** The next lookups fail with this. */
    synchronized void failLookups(FailureKind kind, String message, int times) {
        for (int i = 0; i < times; i++) {
            lookupFailures.add(new SendFailure(kind, message));
        }
    }

    /** Stores an order as if another call had (the till died before it could record the answer). */
    synchronized void storeAsIfSentBefore(PaidOrder order) {
        stored.add(order.name());
        ids.put(order.name(), ids.size() + 1L);
    }

    public synchronized List<List<String>> lookups() {
        return List.copyOf(lookups);
    }

    /** Every call from now on blocks until {@link #cancel()}. */
    void hangUntilCancelled() {
        hang = new CountDownLatch(1);
    }

    /** The next call throws {@code e}, a RuntimeException or an Error that no sender expects. */
    void crashNext(Throwable e) {
        if (!(e instanceof RuntimeException) && !(e instanceof Error)) {
            throw new IllegalArgumentException("a send can only crash unchecked: " + e);
        }
        crash = e;
    }

    /** Runs {@code action} while the next call is at the "server", before it answers. */
    void duringNextCall(Runnable action) {
        duringNextCall = action;
    }

    public synchronized List<String> storedNames() {
        return List.copyOf(stored);
    }

    public synchronized List<List<String>> calls() {
        return List.copyOf(calls);
    }

    int maxInFlight() {
        return maxInFlight;
    }
}
