package till.demoserver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import till.cli.Command;
import till.cli.CommandContext;
import till.cli.UsageException;

/**
 * {@code till demo-server}: runs the demo Odoo server until SIGTERM or SIGINT. Its first output line is
 * {@code demo-server url=<url> db=<database> login=<login> password=<password>}, for scripts to read. Runs on the
 * calling thread, which it blocks until the process ends.
 */
public final class DemoServerCommand implements Command {

    @Override
    public String name() {
        return "demo-server";
    }

    @Override
    public String summary() {
        return "[--port P] [--profile 14|15] [--fault NAME[=VALUE]]... run the demo Odoo server";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        DemoServerOptions options = parse(args);
        DemoServer demo = DemoServer.start(options);
        context.out().println("demo-server url=" + demo.url() + " db=" + demo.database() + " login="
                + DemoServer.LOGIN + " password=" + DemoServer.PASSWORD);
        context.out().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demo.close();
            context.out().println("demo-server stopped");
            context.out().flush();
            // A JVM ended by a signal exits 128+signal; a stop on request is a success, so say 0 ourselves.
            Runtime.getRuntime().halt(0);
        }, "demo-server-shutdown"));
        new CountDownLatch(1).await();
        return 0;
    }

    static DemoServerOptions parse(List<String> args) throws UsageException {
        DemoServerOptions options = DemoServerOptions.defaults();
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException(option + (option.startsWith("--") ? " needs a value" : ": unexpected"));
            }
            String value = args.get(++i);
            try {
                switch (option) {
                    case "--port" -> options = options.withPort(Integer.parseInt(value));
                    case "--profile" -> options = options.withProfile(Profile.parse(value));
                    case "--fault" -> faults.add(Fault.parse(value));
                    case "--hold" -> options = options.withHold(Duration.ofMillis(
                            Math.round(Double.parseDouble(value) * 1000)));
                    default -> throw new UsageException("unknown option " + option);
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(option + ": " + e.getMessage());
            }
        }
        return options.withFaults(faults);
    }
}
