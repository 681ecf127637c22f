package till.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import till.doctor.ConnectionLimits;
import till.doctor.DoctorOptions;
import till.doctor.DoctorReport;
import till.doctor.RequestTimeLimit;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.TillConfig;

/**
 * {@code till doctor}: checks the server setup for a till and says what to change; exit 0 when all is well, 3 when
 * the server runs an Odoo version Till does not speak, 1 otherwise. What is not given comes from the configured
 * till, unless {@code --server} names another server. Confined to the thread that runs the command line.
 */
@Command(name = "doctor", description = "[--server URL] [--push-url URL] [--db DB] [--login L --password-file F]"
        + " [--pos-config ID] [--workers N --max-cron-threads N --db-maxconn N --max-connections N | --odoo-conf FILE]"
        + " [--quick] [--json]: check the server setup")
final class DoctorCommand implements Callable<Integer> {

    @Option(names = "--server", paramLabel = "URL", converter = HttpUrl.class,
            description = "the Odoo server (default: the configured one)")
    private URI server;
    @Option(names = "--push-url", paramLabel = "URL", converter = HttpUrl.class,
            description = "where the push channel goes, when not to the server")
    private URI pushUrl;
    @Option(names = "--db", paramLabel = "DB", description = "the database")
    private String database;
    @Option(names = "--login", paramLabel = "L", description = "the user to log in as")
    private String login;
    @Option(names = "--password-file", paramLabel = "F", description = "a file whose first line is the password")
    private Path passwordFile;
    @Option(names = "--pos-config", paramLabel = "ID", converter = Numbers.NonNegative.class,
            description = "the POS configuration to check")
    private Integer posConfig;
    @Option(names = "--workers", paramLabel = "N", converter = Numbers.NonNegative.class,
            description = "Odoo's workers")
    private Integer workers;
    @Option(names = "--max-cron-threads", paramLabel = "N", converter = Numbers.NonNegative.class,
            description = "Odoo's max_cron_threads")
    private Integer maxCronThreads;
    @Option(names = "--db-maxconn", paramLabel = "N", converter = Numbers.NonNegative.class,
            description = "Odoo's db_maxconn")
    private Integer dbMaxconn;
    @Option(names = "--max-connections", paramLabel = "N", converter = Numbers.NonNegative.class,
            description = "PostgreSQL's max_connections")
    private Integer maxConnections;
    @Option(names = "--odoo-conf", paramLabel = "FILE", description = "read workers, max_cron_threads, db_maxconn"
            + " and limit_time_real from Odoo's configuration file")
    private Path odooConf;
    @Option(names = "--hold-seconds", paramLabel = "S", defaultValue = "60", converter = Numbers.NonNegative.class,
            description = "how long to watch a held poll (default: ${DEFAULT-VALUE})")
    private int holdSeconds;
    @Option(names = "--quick", description = "watch a held poll for 3 s only")
    private boolean quick;
    @Option(names = "--json", description = "one JSON object: ok, and each check's name, ok, detail and advice")
    private boolean json;

    private final CommandContext context;

    DoctorCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return DoctorReport.run(options(context.dataDir()), json, context.out());
    }

    private DoctorOptions options(Path dataDir) throws UsageException {
        try {
            ConfigFile file = new ConfigFile(dataDir);
            Optional<TillConfig> config = file.exists() ? Optional.of(file.read()) : Optional.empty();
            // Another server than the configured one takes none of its settings.
            Optional<TillConfig> defaults = server == null ? config : Optional.empty();
            URI target = server != null ? server : config.map(TillConfig::server).orElseThrow(() ->
                    new UsageException("--server is required (no till is configured in " + dataDir + ")"));
            URI push = pushUrl != null ? pushUrl : defaults.map(TillConfig::pushUrl).orElse(null);
            String db = Optional.ofNullable(database).or(() -> config.map(TillConfig::database)).orElseThrow(() ->
                    new UsageException("--db is required (no till is configured in " + dataDir + ")"));
            Optional<String> password = passwordFile != null ? Optional.of(PasswordFile.readGiven(passwordFile))
                    : server != null ? Optional.empty() : new PasswordFile(dataDir).read();
            long configId = posConfig != null ? posConfig : config.map(TillConfig::posConfigId).orElse(0L);
            Duration hold = Duration.ofSeconds(quick ? 3 : holdSeconds);
            return new DoctorOptions(target, push, db, Optional.ofNullable(login).orElse(
                    config.map(TillConfig::login).orElse(null)), password, configId, hold, limits(),
                    timeLimit(config.map(TillConfig::settle).orElse(TillConfig.DEFAULT_SETTLE)));
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Optional<ConnectionLimits> limits() throws UsageException {
        ConnectionLimits d = ConnectionLimits.DEFAULTS;
        int connections = maxConnections != null ? maxConnections : d.maxConnections();
        if (odooConf != null) {
            try {
                return Optional.of(ConnectionLimits.fromOdooConf(odooConf, connections));
            } catch (IOException | NumberFormatException e) {
                throw new UsageException("cannot read --odoo-conf " + odooConf + ": " + e.getMessage());
            }
        }
        if (Stream.of(workers, maxCronThreads, dbMaxconn, maxConnections).allMatch(v -> v == null)) {
            return Optional.empty();
        }
        return Optional.of(new ConnectionLimits(workers != null ? workers : d.workers(),
                maxCronThreads != null ? maxCronThreads : d.maxCronThreads(),
                dbMaxconn != null ? dbMaxconn : d.dbMaxconn(), connections));
    }

    /** Odoo's limit_time_real from --odoo-conf, next to the till's settle time. */
    private Optional<RequestTimeLimit> timeLimit(Duration settle) throws UsageException {
        if (odooConf == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RequestTimeLimit.fromOdooConf(odooConf, settle));
        } catch (IOException | NumberFormatException e) {
            throw new UsageException("cannot read --odoo-conf " + odooConf + ": " + e.getMessage());
        }
    }

    /** An http or https address with a host. */
    static final class HttpUrl implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                URI uri = new URI(value.strip());
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // Refused below.
            }
            throw new TypeConversionException("\"" + value + "\" is not an http or https address");
        }
    }
}
