package till.demoserver;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/** The set of faults switched on right now, at most one per kind. Thread-safe. */
final class Faults {

    private final Map<FaultKind, Fault> active = new ConcurrentHashMap<>();
    private volatile CountDownLatch hangRelease = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicInteger hung = new java.util.concurrent.atomic.AtomicInteger();

    /** 17's product paging call: a product read too. */
    static final String PRODUCTS_BY_PARAMS = "/web/dataset/call_kw/pos.session/get_pos_ui_product_product_by_params";

    /** Product reads since {@link FaultKind#DROP_PAGE} was switched on. */
    private final java.util.concurrent.atomic.AtomicInteger productReads = new java.util.concurrent.atomic
            .AtomicInteger();

    void set(Fault fault) {
        if (fault.kind() == FaultKind.DROP_PAGE) {
            productReads.set(0);
        }
        active.put(fault.kind(), fault);
    }

    /** Whether this request is the product read {@link FaultKind#DROP_PAGE} drops (the fault then clears). */
    boolean dropsProductPage(String path) {
        Optional<Fault> drop = get(FaultKind.DROP_PAGE);
        if (drop.isEmpty() || !path.startsWith("/web/dataset/call_kw/product.product/search_read")
                && !path.startsWith(PRODUCTS_BY_PARAMS)) {
            return false;
        }
        if (productReads.incrementAndGet() != drop.get().number(2)) {
            return false;
        }
        active.remove(FaultKind.DROP_PAGE, drop.get());
        return true;
    }

    void clear(FaultKind kind) {
        active.remove(kind);
        if (kind == FaultKind.HANG) {
            releaseHangs();
        }
    }

    void clearAll() {
        active.clear();
        releaseHangs();
    }

    Optional<Fault> get(FaultKind kind) {
        return Optional.ofNullable(active.get(kind));
    }

    boolean on(FaultKind kind) {
        return active.containsKey(kind);
    }

    /** The fault of this kind if it is on and scoped to this path. */
    Optional<Fault> forPath(FaultKind kind, String path) {
        return get(kind).filter(f -> f.appliesTo(path));
    }

    List<Fault> list() {
        return active.values().stream().sorted((a, b) -> a.kind().compareTo(b.kind())).toList();
    }

    /** Blocks a hung request until the hang is cleared or the server stops. */
    void awaitHangRelease() throws InterruptedException {
        hung.incrementAndGet();
        try {
            hangRelease.await();
        } finally {
            hung.decrementAndGet();
        }
    }

    /** How many requests hang right now: they reached the server, which will never answer them. */
    int hungRequests() {
        return hung.get();
    }

    void releaseHangs() {
        CountDownLatch old = hangRelease;
        hangRelease = new CountDownLatch(1);
        old.countDown();
    }
}
