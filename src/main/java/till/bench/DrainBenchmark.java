package till.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import till.odoo.Credentials;
import till.odoo.OdooOrderTransport;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaymentLine;
import till.worker.Backoff;
import till.outbox.OrderSender;
import till.outbox.OrderTransport;
import till.order.PaidOrder;
import till.outbox.SenderStatus;
import till.worker.WakeableSleeper;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.store.TillStore;

/**
 * {@code till bench drain}: paid orders queued while the demo server (of the given profile: 14, 15, 17 or 18) is
 * down, then the time from its return until the order sender has every one confirmed, next to a bare loop that sends
 * the same batches through the same transport without a local store, to a fresh demo server. Runs on the calling
 * thread (the sender has its own).
 */
public final class DrainBenchmark {

    private static final int WARMUP = 300;

    /**
     * The product every queued order sells (one without tax) and the bank/card payment method, in the demo shop of a
     * profile: the captured databases number their products differently.
     */
    private record Sale(long productId, String name, BigDecimal price, long bankId) {

        static Sale in(Profile profile) {
            return switch (profile) {
                case V14, V15 -> new Sale(27, "Drawer Black", new BigDecimal("25.00"), 2);
                case V17 -> new Sale(42, "Desk Organizer", new BigDecimal("5.10"), 2);
                case V18 -> new Sale(46, "Wall Shelf Unit", new BigDecimal("1.98"), 2);
                case V19 -> new Sale(55, "Wall Shelf Unit", new BigDecimal("1.98"), 2);
            };
        }
    }

    private DrainBenchmark() {
    }

    /**
     * Measures and prints the figures, as sentences or one JSON object.
     *
     * @param progress where to say what is going on while it runs
     */
    public static void run(int orders, Profile profile, boolean json, PrintStream out, PrintStream progress)
            throws Exception {
        Path dir = Files.createTempDirectory("till-bench-drain-");
        try {
            Map<String, Object> result = new LinkedHashMap<>();
            // A small run of both first, so that neither figure carries the JIT's warm-up.
            int warmup = Math.min(WARMUP, orders);
            drain(dir.resolve("warmup"), profile, warmup, progress);
            bare(profile, warmup);
            double drain = drain(dir.resolve("run"), profile, orders, progress);
            double bare = bare(profile, orders);
            result.put("drain_s", round(drain));
            result.put("bare_s", round(bare));
            result.put("ratio", round(drain / bare));
            result.put("orders", orders);
            result.put("batch_size", OrderSender.BATCH_SIZE);
            result.put("profile", profile.major());
            print(result, json, out);
        } finally {
            deleteRecursively(dir);
        }
    }

    /** Queues the orders with the server down, brings it back, and times until the outbox is empty. */
    private static double drain(Path dir, Profile profile, int count, PrintStream progress) throws Exception {
        try (DemoServer server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
             TillStore store = TillStore.open(dir.resolve("data"), Clock.systemUTC())) {
            long session = server.openSession();
            server.inject(Fault.of(FaultKind.DOWN));
            progress.println("queueing " + count + " paid orders while the demo server is down...");
            for (PaidOrder order : orders(session, count, Sale.in(profile))) {
                store.outbox().commitPaid(order);
            }
            OrderSender sender = new OrderSender(store.outboxQueue(), transport(server), new WakeableSleeper(),
                    Backoff::standard, Clock.systemUTC());
            sender.start();
            try {
                // The sender has tried and failed once: the orders wait, as in a shop whose server is down.
                awaitStatus(sender, s -> s.unsent() == count && s.lastFailure().isPresent());
                long start = System.nanoTime();
                server.clear(FaultKind.DOWN);
                sender.connectionRestored();
                awaitStatus(sender, s -> s.unsent() == 0 && !s.sending());
                double seconds = (System.nanoTime() - start) / 1e9;
                if (store.outbox().summary().unsent() != 0) {
                    throw new IllegalStateException("the sender reported all sent, but the outbox disagrees");
                }
                check(server, count);
                return seconds;
            } finally {
                sender.stop(Duration.ofSeconds(10));
            }
        }
    }

    /** Polls the sender's in-memory status (not the store, which would compete with the sender for the disk). */
    private static void awaitStatus(OrderSender sender, java.util.function.Predicate<SenderStatus> condition)
            throws InterruptedException {
        while (!condition.test(sender.status())) {
            Thread.sleep(2);
        }
    }

    /** The same batches through the same transport, one after another, with no store. */
    private static double bare(Profile profile, int count) throws Exception {
        try (DemoServer server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile))) {
            List<PaidOrder> orders = orders(server.openSession(), count, Sale.in(profile));
            OrderTransport transport = transport(server);
            long start = System.nanoTime();
            for (int i = 0; i < orders.size(); i += OrderSender.BATCH_SIZE) {
                transport.send(orders.subList(i, Math.min(orders.size(), i + OrderSender.BATCH_SIZE)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            check(server, count);
            return seconds;
        }
    }

    private static OrderTransport transport(DemoServer server) {
        return OdooOrderTransport.connecting(server.url(), new Credentials(server.database(), DemoServer.LOGIN,
                DemoServer.PASSWORD), 1);
    }

    private static void check(DemoServer server, int count) {
        long distinct = server.orderReferences().stream().filter(r -> r.startsWith("Order ")).distinct().count();
        long all = server.orderReferences().stream().filter(r -> r.startsWith("Order ")).count();
        if (distinct != count || all != count) {
            throw new IllegalStateException("the demo server holds " + all + " orders (" + distinct + " distinct),"
                    + " expected " + count + " exactly once each");
        }
    }

    private static List<PaidOrder> orders(long session, int count, Sale sale) {
        Instant now = Instant.now();
        BigDecimal price = sale.price();
        List<PaidOrder> orders = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            OrderLine line = new OrderLine(1, sale.productId(), sale.name(), BigDecimal.ONE, price, BigDecimal.ZERO,
                    List.of());
            OrderTotals totals = new OrderTotals(List.of(new OrderTotals.LineTotals(1, price, price)), List.of(),
                    price, BigDecimal.ZERO, price);
            PaymentLine bank = new PaymentLine(sale.bankId(), "Bank", false, price, now);
            orders.add(new PaidOrder(new OrderUid(session, 1, i), now, now, null, List.of(line), List.of(bank),
                    totals, price, BigDecimal.ZERO));
        }
        return orders;
    }

    private static void print(Map<String, Object> result, boolean json, PrintStream out) throws Exception {
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(result));
            return;
        }
        out.printf("drain: %s orders confirmed %s s after the demo server (Odoo %s) came back%n", result.get("orders"),
                result.get("drain_s"), result.get("profile"));
        out.printf("bare:  the same batches of %s without a local store: %s s%n", result.get("batch_size"),
                result.get("bare_s"));
        out.printf("ratio: %s%n", result.get("ratio"));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void deleteRecursively(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
