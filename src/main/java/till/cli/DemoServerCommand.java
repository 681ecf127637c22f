package till.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import till.demoserver.DemoCompany;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.Profile;
import till.demoserver.ShopScale;
import till.demoserver.StandaloneDemoServer;

/**
 * {@code till demo-server}: runs the demo Odoo server until SIGTERM or SIGINT (exit 0); its first output line says
 * where it listens and how to log in (docs/demo-server.md). Blocks the thread that runs the command line until the
 * process ends.
 */
@Command(name = "demo-server", description = "[--port P] [--profile 14|15|17|18|19] [--fault NAME[=VALUE]]..."
        + " [--products N] [--company us|be|de|es|nl] [--tax-display total|subtotal] run the demo Odoo server")
final class DemoServerCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "P", description = "the loopback port (default: a free one)")
    private int port;

    @Option(names = "--profile", paramLabel = "14|15|17|18|19", converter = ProfileName.class,
            description = "which Odoo version to imitate (default: 18, the newest the till covers whole)")
    private Profile profile;

    @Option(names = "--fault", paramLabel = "NAME[=VALUE]", converter = FaultName.class,
            description = "switch a fault on from the start; repeatable (docs/demo-server.md)")
    private List<Fault> faults = new ArrayList<>();

    @Option(names = "--hold", paramLabel = "SECONDS", description = "how long an idle long poll is held (default: 50)")
    private Double holdSeconds;

    @Option(names = "--products", paramLabel = "N", converter = Numbers.NonNegative.class,
            description = "a shop of N generated products on top of the recorded ones (default: 0)")
    private int products;

    @Option(names = "--company", paramLabel = "us|be|de|es|nl", converter = CompanyName.class,
            description = "the company the shop plays: its currency and its user's language (default: the profile's,"
                    + " 15 be, 17 de, else us)")
    private DemoCompany company;

    @Option(names = "--tax-display", paramLabel = "total|subtotal", converter = TaxDisplayName.class,
            description = "how the POS configuration shows prices: total (tax included) or subtotal (tax excluded);"
                    + " default: the profile's recording (14 and 15 subtotal, 17, 18 and 19 total)")
    private String taxDisplay;

    private final CommandContext context;

    DemoServerCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        StandaloneDemoServer.serve(options(), demo -> {
            if (taxDisplay != null) {
                demo.setTaxDisplay(taxDisplay);
            }
        }, context.out());
        return 0;
    }

    /** {@code total} or {@code subtotal} as given, or null for the profile's recording. */
    String taxDisplay() {
        return taxDisplay;
    }

    /** The server's options from the parsed ones. */
    DemoServerOptions options() throws UsageException {
        DemoServerOptions options = DemoServerOptions.defaults();
        try {
            options = options.withPort(port);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--port: " + e.getMessage());
        }
        options = options.withProfile(profile == null ? Profile.NEWEST : profile);
        if (holdSeconds != null) {
            options = options.withHold(Duration.ofMillis(Math.round(holdSeconds * 1000)));
        }
        if (products > 0 && !ShopScale.serves(options.profile())) {
            throw new UsageException(ShopScale.NOT_ON_NINETEEN);
        }
        return options.withFaults(faults).withProducts(products).withCompany(company);
    }

    /** {@code 14}, {@code 15}, {@code 17} or {@code 18} (also {@code 14.0}, {@code v15}). */
    static final class ProfileName implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            try {
                return Profile.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code total} or {@code subtotal}, as Odoo's {@code iface_tax_included} writes them. */
    static final class TaxDisplayName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (!v.equals("total") && !v.equals("subtotal")) {
                throw new TypeConversionException("\"" + value + "\" is no tax display: total (tax included) or"
                        + " subtotal (tax excluded)");
            }
            return v;
        }
    }

    /** A company's name: {@code us}, {@code be}, {@code de}, {@code es} or {@code nl}. */
    static final class CompanyName implements ITypeConverter<DemoCompany> {
        @Override
        public DemoCompany convert(String value) {
            return DemoCompany.named(value).orElseThrow(() -> new TypeConversionException("\"" + value
                    + "\" is not a demo company: us, be, de, es or nl"));
        }
    }

    /** A fault's name, with its value after {@code =} when it takes one. */
    static final class FaultName implements ITypeConverter<Fault> {
        @Override
        public Fault convert(String value) {
            try {
                return Fault.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
