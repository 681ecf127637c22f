package till.doctor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import till.cli.Command;
import till.cli.CommandContext;
import till.cli.UsageException;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.TillConfig;
import till.odoo.JsonRpcClient;

/**
 * {@code till doctor}: checks the server setup for a till and says what to change; exit 0 when all is well, 1
 * otherwise. Defaults come from the configured till. Runs on the calling thread.
 */
public final class DoctorCommand implements Command {

    private static final List<String> VALUED = List.of("--server", "--push-url", "--db", "--login", "--password-file",
            "--pos-config", "--workers", "--max-cron-threads", "--db-maxconn", "--max-connections", "--odoo-conf",
            "--hold-seconds");
    private static final List<String> LIMITS = List.of("--workers", "--max-cron-threads", "--db-maxconn",
            "--max-connections");

    @Override
    public String name() {
        return "doctor";
    }

    @Override
    public String summary() {
        return "[--server URL] [--push-url URL] [--db DB] [--login L --password-file F] [--pos-config ID]"
                + " [--workers N --max-cron-threads N --db-maxconn N --max-connections N | --odoo-conf FILE]"
                + " [--quick] [--json]: check the server setup";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Map<String, String> given = parse(args);
        DoctorOptions options = options(given, context.dataDir());
        List<Check> checks = new Doctor(options).run();
        boolean ok = checks.stream().allMatch(Check::ok);
        if (given.containsKey("--json")) {
            context.out().println(json(ok, checks));
        } else {
            print(context.out(), options, checks, ok);
        }
        return ok ? 0 : 1;
    }

    private static DoctorOptions options(Map<String, String> given, Path dataDir) throws UsageException {
        try {
            ConfigFile file = new ConfigFile(dataDir);
            Optional<TillConfig> config = file.exists() ? Optional.of(file.read()) : Optional.empty();
            URI server = given.containsKey("--server") ? url(given, "--server")
                    : config.map(TillConfig::server).orElseThrow(() -> new UsageException("--server is required"
                    + " (no till is configured in " + dataDir + ")"));
            URI push = given.containsKey("--push-url") ? url(given, "--push-url") : given.containsKey("--server") ? null
                    : config.map(TillConfig::pushUrl).orElse(null);
            String db = given.getOrDefault("--db", config.map(TillConfig::database).orElse(null));
            if (db == null) {
                throw new UsageException("--db is required (no till is configured in " + dataDir + ")");
            }
            Optional<String> password = given.containsKey("--password-file")
                    ? Optional.of(PasswordFile.readGiven(Path.of(given.get("--password-file"))))
                    : given.containsKey("--server") ? Optional.empty() : new PasswordFile(dataDir).read();
            long configId = given.containsKey("--pos-config") ? number(given, "--pos-config", 0)
                    : config.map(TillConfig::posConfigId).orElse(0L);
            Duration hold = Duration.ofSeconds(given.containsKey("--quick") ? 3 : number(given, "--hold-seconds", 60));
            return new DoctorOptions(server, push, db, given.getOrDefault("--login",
                    config.map(TillConfig::login).orElse(null)), password, configId, hold, limits(given));
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Optional<ConnectionLimits> limits(Map<String, String> given) throws UsageException {
        ConnectionLimits d = ConnectionLimits.DEFAULTS;
        int maxConnections = (int) number(given, "--max-connections", d.maxConnections());
        if (given.containsKey("--odoo-conf")) {
            try {
                return Optional.of(ConnectionLimits.fromOdooConf(Path.of(given.get("--odoo-conf")), maxConnections));
            } catch (IOException | NumberFormatException e) {
                throw new UsageException("cannot read --odoo-conf " + given.get("--odoo-conf") + ": " + e.getMessage());
            }
        }
        if (LIMITS.stream().noneMatch(given::containsKey)) {
            return Optional.empty();
        }
        return Optional.of(new ConnectionLimits((int) number(given, "--workers", d.workers()),
                (int) number(given, "--max-cron-threads", d.maxCronThreads()),
                (int) number(given, "--db-maxconn", d.dbMaxconn()), maxConnections));
    }

    private static void print(PrintStream out, DoctorOptions options, List<Check> checks, boolean ok) {
        out.println("till doctor: " + options.server() + (options.pushUrl() == null ? ""
                : " (push " + options.pushUrl() + ")") + ", database " + options.database());
        for (Check c : checks) {
            out.println((c.ok() ? "[ ok ] " : "[FAIL] ") + c.name() + ": " + c.detail());
            if (!c.advice().isEmpty()) {
                out.println("       what to do: " + c.advice());
            }
        }
        long failed = checks.stream().filter(c -> !c.ok()).count();
        out.println(ok ? "All checks passed." : failed + " check(s) failed.");
    }

    static String json(boolean ok, List<Check> checks) {
        ObjectNode root = JsonRpcClient.MAPPER.createObjectNode();
        root.put("ok", ok);
        ArrayNode list = root.putArray("checks");
        for (Check c : checks) {
            list.addObject().put("name", c.name()).put("ok", c.ok()).put("detail", c.detail())
                    .put("advice", c.advice());
        }
        return root.toString();
    }

    private static Map<String, String> parse(List<String> args) throws UsageException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--json") || option.equals("--quick")) {
                options.put(option, "true");
            } else if (VALUED.contains(option)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException(option + " needs a value");
                }
                options.put(option, args.get(++i));
            } else {
                throw new UsageException("unknown option " + option);
            }
        }
        return options;
    }

    private static URI url(Map<String, String> given, String option) throws UsageException {
        try {
            URI uri = new URI(given.get(option).strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException(option + " is \"" + given.get(option) + "\", expected an http or https address");
    }

    private static long number(Map<String, String> given, String option, long fallback) throws UsageException {
        String text = given.get(option);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " is \"" + text + "\", expected a whole number");
    }
}
