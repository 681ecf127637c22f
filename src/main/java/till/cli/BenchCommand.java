package till.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import till.bench.CatalogBenchmark;
import till.bench.CommitBenchmark;
import till.bench.DrainBenchmark;
import till.bench.PushBenchmark;
import till.bench.ReconnectBenchmark;
import till.bench.StartBenchmark;
import till.demoserver.Profile;
import till.demoserver.ShopScale;
import till.supervise.JvmMemory;

/**
 * {@code till bench commit|drain|push|reconnect|catalog|start [--json]}: the figures we hold ourselves to, each next
 * to a baseline measured in the same run. Without a benchmark it is a usage error. Confined to the thread that runs
 * the command line.
 */
@Command(name = "bench", description = "commit|drain|push|reconnect|catalog|start [--json]: measure performance")
final class BenchCommand {

    private static final String JSON = "one JSON object instead of lines";
    private static final String PUSH_PROFILES = "14|15|17|18|19";
    private static final String PUSH_PROFILE = "the Odoo version the demo server imitates: long polling on 14/15, the"
            + " websocket on 17/18 (default: ${DEFAULT-VALUE}, the newest)";

    private final CommandContext context;

    BenchCommand(CommandContext context) {
        this.context = context;
    }

    @Command(name = "commit", description = "a paid order's durable commit next to a raw fsync on the same disk")
    int commit(@Option(names = "--json", description = JSON) boolean json,
               @Option(names = "--iterations", paramLabel = "N", defaultValue = "3000",
                       converter = Numbers.Positive.class, description = "commits measured (default: ${DEFAULT-VALUE})")
               int iterations,
               @Option(names = "--warmup", paramLabel = "N", defaultValue = "500", converter = Numbers.Positive.class,
                       description = "commits first left out (default: ${DEFAULT-VALUE})") int warmup,
               @Option(names = "--dir", paramLabel = "DIR", description = "where the temporary store goes") Path dir)
            throws Exception {
        CommitBenchmark.run(new CommitBenchmark.Options(iterations, warmup, Optional.ofNullable(dir)), json,
                context.out());
        return 0;
    }

    @Command(name = "drain", description = "queued orders confirmed after the server's return, next to a bare loop")
    int drain(@Option(names = "--json", description = JSON) boolean json,
              @Option(names = "--orders", paramLabel = "N", defaultValue = "10000", converter = Numbers.Positive.class,
                      description = "orders queued (default: ${DEFAULT-VALUE})") int orders,
              @Option(names = "--profile", paramLabel = PUSH_PROFILES, defaultValue = "15", converter = AnyMajor.class,
                      description = "the Odoo version the demo server imitates (default: ${DEFAULT-VALUE})")
              Profile profile) throws Exception {
        DrainBenchmark.run(orders, profile, json, context.out(), context.err());
        return 0;
    }

    @Command(name = "push", description = "notification to handler latency vs a loopback HTTP round trip (14/15)"
            + " or websocket echo (17/18)")
    int push(@Option(names = "--json", description = JSON) boolean json,
             @Option(names = "--samples", paramLabel = "N", defaultValue = "1000", converter = Numbers.Positive.class,
                     description = "notifications measured, at least 10 (default: ${DEFAULT-VALUE})") int samples,
             @Option(names = "--profile", paramLabel = PUSH_PROFILES, defaultValue = "18", converter = AnyMajor.class,
                     description = PUSH_PROFILE) Profile profile)
            throws Exception {
        if (samples < PushBenchmark.MIN_SAMPLES) {
            throw new UsageException("--samples must be at least " + PushBenchmark.MIN_SAMPLES);
        }
        PushBenchmark.run(samples, profile, json, context.out());
        return 0;
    }

    @Command(name = "reconnect", description = "server back to green, and retry spread of 100 tills")
    int reconnect(@Option(names = "--json", description = JSON) boolean json,
                  @Option(names = "--outages", paramLabel = "N", defaultValue = "10",
                          converter = Numbers.Positive.class, description = "outages timed (default: ${DEFAULT-VALUE})")
                  int outages,
                  @Option(names = "--outage-ms", paramLabel = "MS", defaultValue = "3000",
                          converter = Numbers.NonNegative.class,
                          description = "how long each outage lasts (default: ${DEFAULT-VALUE})") int outageMillis,
                  @Option(names = "--profile", paramLabel = PUSH_PROFILES, defaultValue = "18",
                          converter = AnyMajor.class, description = PUSH_PROFILE) Profile profile)
            throws Exception {
        ReconnectBenchmark.run(outages, outageMillis, profile, json, context.out());
        return 0;
    }

    @Command(name = "catalog", description = "a shop of N products: load vs raw transfer, search, barcode, memory")
    int catalog(@Option(names = "--json", description = JSON) boolean json,
                @Option(names = "--products", paramLabel = "N", defaultValue = "50000",
                        converter = Numbers.Positive.class, description = "products on the demo server (default:"
                        + " ${DEFAULT-VALUE})") int products,
                @Option(names = "--profile", paramLabel = "14|15|17|18", defaultValue = "15",
                        converter = AnyMajor.class, description = "the demo server's Odoo version (default:"
                        + " ${DEFAULT-VALUE}; 19 has no generated shop)") Profile profile) throws Exception {
        if (!ShopScale.serves(profile)) {
            throw new UsageException(ShopScale.NOT_ON_NINETEEN);
        }
        CatalogBenchmark.run(products, profile, json, context.out());
        return 0;
    }

    @Command(name = "start", description = "process start to the till's screen with N cached products vs a hello-world"
            + " JavaFX window")
    int start(@Option(names = "--json", description = JSON) boolean json,
              @Option(names = "--products", paramLabel = "N", defaultValue = "50000",
                      converter = Numbers.Positive.class, description = "products in the cache (default:"
                      + " ${DEFAULT-VALUE})") int products,
              @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", converter = Numbers.Positive.class,
                      description = "starts of each, alternating (default: ${DEFAULT-VALUE})") int rounds,
              @Option(names = "--without-memory-options", description = "start the children without the"
                      + " launcher's memory options (the JVM's defaults), to compare") boolean withoutMemoryOptions)
            throws Exception {
        List<String> options = withoutMemoryOptions ? List.of() : JvmMemory.OPTIONS;
        StartBenchmark.run(products, rounds, options, json, context.out());
        return 0;
    }

    /** Every profile the till speaks, by its major version: long polling on 14 and 15, the websocket on 17-19. */
    static final class AnyMajor implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            return switch (value) {
                case "14" -> Profile.V14;
                case "15" -> Profile.V15;
                case "17" -> Profile.V17;
                case "18" -> Profile.V18;
                case "19" -> Profile.V19;
                default -> throw new TypeConversionException("takes 14, 15, 17, 18 or 19, not " + value);
            };
        }
    }
}
