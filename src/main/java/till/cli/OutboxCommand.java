package till.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import till.outbox.OutboxEntry;
import till.outbox.OutboxJson;
import till.store.TillStore;

/**
 * {@code till outbox list [--json]}, {@code till outbox export FILE} and {@code till outbox resend}: the paid orders,
 * where each stands on its way to the server, and sending them now. Runs on the calling thread.
 */
public final class OutboxCommand implements Command {

    private static final String USAGE = "usage: till outbox list [--json] | till outbox export FILE | "
            + OutboxResend.USAGE + " | " + OutboxRelease.USAGE;

    private final OutboxJson json = new OutboxJson();

    private final OutboxResend resend;

    /** Without a server: {@code resend} says that none is configured. */
    public OutboxCommand() {
        this(ConfiguredServer.NONE);
    }

    public OutboxCommand(ConfiguredServer server) {
        this.resend = new OutboxResend(server);
    }

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public String summary() {
        return "list [--json] | export FILE | resend [--timeout S] | release-held --session ID: the paid orders,"
                + " their sending state, send now, send held orders into a rescue session";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException(USAGE);
        }
        String sub = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (sub.equals("list") && (rest.isEmpty() || rest.equals(List.of("--json")))) {
            List<OutboxEntry> entries = entries(context);
            if (rest.isEmpty()) {
                printTable(entries, context.out());
            } else {
                context.out().println(json.write(entries));
            }
            return 0;
        }
        if (sub.equals("resend")) {
            return resend.run(rest, context);
        }
        if (sub.equals("release-held")) {
            return new OutboxRelease().run(rest, context);
        }
        if (sub.equals("export") && rest.size() == 1) {
            Path file = Path.of(rest.get(0)).toAbsolutePath();
            List<OutboxEntry> entries = entries(context);
            json.export(entries, file);
            context.out().println("exported " + entries.size() + " paid orders to " + file);
            return 0;
        }
        throw new UsageException(USAGE);
    }

    private static List<OutboxEntry> entries(CommandContext context) {
        try (TillStore store = TillStore.open(context.dataDir(), Clock.systemUTC())) {
            return store.outbox().list();
        }
    }

    private static void printTable(List<OutboxEntry> entries, PrintStream out) {
        String format = "%-16s %-22s %-8s %12s  %-27s %8s  %s%n";
        out.printf(format, "UID", "NAME", "STATE", "AMOUNT", "PAID AT (UTC)", "ATTEMPTS", "LAST ERROR");
        for (OutboxEntry e : entries) {
            out.printf(format, e.uid(), e.name(), e.state().word(), e.amountTotal().toPlainString(), e.paidAt(),
                    e.attempts(), e.lastError());
        }
        out.println(entries.size() + " paid orders");
    }
}
