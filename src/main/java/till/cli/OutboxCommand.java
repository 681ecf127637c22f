package till.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import till.outbox.OutboxEntry;
import till.outbox.OutboxJson;
import till.store.TillStore;

/**
 * {@code till outbox list [--json]}, {@code till outbox export FILE}, {@code till outbox resend},
 * {@code till outbox release-held} and {@code till outbox retry-rejected}: the paid orders, where each stands on its
 * way to the server, sending them now, releasing held ones and sending refused ones again. Without a subcommand it is
 * a usage error. Confined to the thread that runs the command line.
 */
@Command(name = "outbox", description = "list [--json] | export FILE | resend [--timeout S] | release-held --session"
        + " ID | retry-rejected [--uid UID]: the paid orders, their sending state, send now, send held orders into a"
        + " rescue session, send refused orders again")
final class OutboxCommand {

    private final OutboxJson json = new OutboxJson();
    private final CommandContext context;
    private final ConfiguredServer server;

    OutboxCommand(CommandContext context, ConfiguredServer server) {
        this.context = context;
        this.server = server;
    }

    @Command(name = "list", description = "the paid orders and their state (waiting, sending, sent, rejected,"
            + " unknown)")
    int list(@Option(names = "--json", description = "one JSON array, with the keys of docs/store-and-outbox.md")
             boolean asJson) {
        List<OutboxEntry> entries = entries();
        if (asJson) {
            context.out().println(json.write(entries));
        } else {
            printTable(entries, context.out());
        }
        return 0;
    }

    @Command(name = "export", description = "write the JSON of list --json to FILE")
    int export(@Parameters(paramLabel = "FILE", description = "the file to write (replaced whole)") Path file)
            throws Exception {
        Path target = file.toAbsolutePath();
        List<OutboxEntry> entries = entries();
        json.export(entries, target);
        context.out().println("exported " + entries.size() + " paid orders to " + target);
        return 0;
    }

    @Command(name = "resend", description = "send every waiting order to the configured server now")
    int resend(@Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
                       converter = Numbers.Positive.class,
                       description = "give up after this long (default: ${DEFAULT-VALUE})") int timeout,
               @Option(names = "--password-file", paramLabel = "FILE",
                       description = "a file with the password, when it was not kept") Path passwordFile)
            throws Exception {
        return new OutboxResend(server).run(timeout, Optional.ofNullable(passwordFile), context);
    }

    @Command(name = "release-held", description = "send the orders held for a closed POS session anyway (Odoo files"
            + " them into a rescue session)")
    int releaseHeld(@Option(names = "--session", paramLabel = "ID", required = true, converter = SessionId.class,
                            description = "the POS session's id, as at the head of the orders' uids") long session) {
        return new OutboxRelease().run(session, context);
    }

    @Command(name = "retry-rejected", description = "send the orders the server refused again (all, or one);"
            + " works while a till runs on the data directory")
    int retryRejected(@Option(names = "--uid", paramLabel = "UID", description = "only this order (its uid, as in"
            + " till outbox list)") String uid) {
        return new OutboxRetry().run(Optional.ofNullable(uid), context);
    }

    private List<OutboxEntry> entries() {
        try (TillStore store = TillStore.open(context.dataDir(), Clock.systemUTC())) {
            return store.outbox().list();
        }
    }

    private static void printTable(List<OutboxEntry> entries, PrintStream out) {
        String format = "%-16s %-22s %-8s %12s  %-27s %8s  %s%n";
        out.printf(format, "UID", "NAME", "STATE", "AMOUNT", "PAID AT (UTC)", "ATTEMPTS", "LAST ERROR");
        for (OutboxEntry e : entries) {
            out.printf(format, e.uid(), e.name(), e.state().word(), e.amountTotal().toPlainString(), e.paidAt(),
                    e.attempts(), e.lastError().isEmpty() ? note(e) : e.lastError());
        }
        out.println(entries.size() + " paid orders");
    }

    /** What the last column says of an order without an error: how the server confirmed it, when a lookup did. */
    private static String note(OutboxEntry e) {
        return e.foundByLookup() ? "found on the server by a lookup" + (e.serverId().isPresent() ? " (id "
                + e.serverId().getAsLong() + ")" : "") : "";
    }

    /** A POS session id: 1 to 18 digits. */
    static final class SessionId implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            if (!value.matches("\\d{1,18}")) {
                throw new TypeConversionException(value + " is not a POS session id (the digits at the head of the"
                        + " orders' uids)");
            }
            return Long.parseLong(value);
        }
    }
}
