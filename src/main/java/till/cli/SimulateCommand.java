package till.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.catalog.PaymentMethod;
import till.catalog.Product;
import till.order.OpenOrder;
import till.order.OrderLine;
import till.order.PaidOrder;
import till.register.NotPaidException;
import till.register.Register;
import till.store.TillStore;

/**
 * {@code till simulate --orders N [--rate R] [--seed S]}: rings up and pays random orders through the same
 * {@link Register} the till uses, printing {@code paid <uid> <total>} once each is durably committed. When a server
 * is configured, the order sender runs as in the till and simulate waits (up to a minute) for it to deliver. Confined
 * to the thread that runs the command line (the sender has its own).
 */
@Command(name = "simulate", description = "--orders N [--rate R] [--seed S]: ring up and pay N random orders")
final class SimulateCommand implements Callable<Integer> {

    /** How long simulate waits at the end for the sender to deliver what was paid. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    @Option(names = "--orders", paramLabel = "N", required = true, converter = Numbers.Positive.class,
            description = "how many orders to pay")
    private int orders;

    @Option(names = "--rate", paramLabel = "R", converter = Numbers.PositiveDecimal.class,
            description = "orders per second (default: as fast as the disk allows)")
    private Double rate;

    @Option(names = "--seed", paramLabel = "S", converter = Numbers.Whole.class,
            description = "the same seed rings up the same orders")
    private Long seed;

    private final CommandContext context;
    private final ConfiguredServer server;

    /** @param server the configured server, if any: the order sender runs as in the till and delivers each order */
    SimulateCommand(CommandContext context, ConfiguredServer server) {
        this.context = context;
        this.server = server;
    }

    @Override
    public Integer call() throws Exception {
        Options options = new Options(orders, rate, seed);
        Clock clock = Clock.systemUTC();
        try (TillStore store = TillStore.open(context.dataDir(), clock)) {
            Catalog catalog = store.catalogCache().load().orElseGet(DemoCatalog::load);
            if (catalog.products().isEmpty() || catalog.paymentMethods().isEmpty()) {
                context.err().println("till simulate: the catalog has no products or no payment methods");
                return 1;
            }
            Register register = new Register(() -> catalog, store.openOrders(), store.orderNumbers(),
                    new UnprintedOutbox(store.outbox(), store.printJobs()), clock);
            Optional<ConfiguredServer.Connection> connection = server.connect(context.dataDir(), Optional.empty());
            if (connection.isEmpty()) {
                simulate(register, catalog, options, context.out(), () -> { });
                return 0;
            }
            try (SendingSession sending = new SendingSession(store.outboxQueue(), connection.get().transport(),
                    clock)) {
                sending.start();
                simulate(register, catalog, options, context.out(), sending::orderPaid);
                boolean delivered = sending.awaitAllSent(DRAIN_TIMEOUT);
                sending.close();
                context.out().println(delivered ? "sent: every paid order arrived at " + connection.get().address()
                        : "waiting: " + store.outbox().summary().unsent() + " orders not yet sent: "
                        + sending.status().lastError());
            }
        } catch (ConfiguredServer.Unusable e) {
            context.err().println("till simulate: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static void simulate(Register register, Catalog catalog, Options options, PrintStream out,
                                 Runnable onPaid) throws NotPaidException {
        Random random = options.seed == null ? new Random() : new Random(options.seed);
        int decimals = catalog.settings().currency().decimalPlaces();
        long start = System.nanoTime();
        for (int i = 0; i < options.orders; i++) {
            if (options.rate != null) {
                pace(start, i, options.rate);
            }
            PaidOrder paid = register.pay(ringUp(register, catalog, random));
            out.println("paid " + paid.uid() + " " + paid.totals().total().setScale(decimals, RoundingMode.HALF_UP)
                    .toPlainString());
            out.flush();
            onPaid.run();
        }
    }

    /** One to four lines of random products and quantities, paid with one random method for the exact amount. */
    private static OpenOrder ringUp(Register register, Catalog catalog, Random random) {
        OpenOrder order = register.newOrder();
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            Product product = catalog.products().get(random.nextInt(catalog.products().size()));
            order = register.addProduct(order, product.id());
            int qty = 1 + random.nextInt(3);
            if (qty > 1) {
                OrderLine line = order.lines().stream().filter(l -> l.productId() == product.id()).findFirst()
                        .orElseThrow();
                order = register.setQuantity(order, line.lineId(), BigDecimal.valueOf(qty));
            }
        }
        List<PaymentMethod> methods = catalog.paymentMethods();
        return register.addPayment(order, methods.get(random.nextInt(methods.size())).id(), null);
    }

    /** Waits until order {@code index} is due at {@code rate} orders per second from {@code start}. */
    private static void pace(long start, int index, double rate) {
        long due = start + (long) (index * 1_000_000_000L / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What to simulate. */
    private record Options(int orders, Double rate, Long seed) {
    }
}
