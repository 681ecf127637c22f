package till.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.order.OrderLine;
import till.order.PaidOrder;
import till.refunds.RefundRefused;
import till.refunds.Refundable;
import till.refunds.RefundableLine;
import till.refunds.RefundRequest;
import till.refunds.Refunds;
import till.refunds.ServerRefunds;
import till.store.TillStore;

/**
 * {@code till refund ORDER --line LINE:QTY [--line ...] --method METHOD_ID [--json] [--password-file FILE]}: commits
 * a refund of lines of a paid order of this till to the outbox, as the refund screen does (checked against this
 * till's earlier refunds and, when the configured server answers, its refunded quantities). Works while a till runs
 * on the data directory; the till's sender sends it once its original is confirmed. Without {@code --line} it lists
 * the original's lines with what is left to refund. Exit 0 committed, 2 usage or a
 * refused refund (over-refund, unknown order, line or method: nothing stored), 3 a configuration that cannot be used.
 * Confined to the thread that runs the command line.
 */
@Command(name = "refund", description = "ORDER [--line LINE:QTY [--line ...] --method METHOD_ID] [--json]: refund"
        + " lines of a paid order of this till (committed to the outbox, sent once its original is confirmed);"
        + " without --line, list its lines and what is left to refund")
final class RefundCommand implements Callable<Integer> {

    static final int REFUSED = 2;
    static final int CONFIGURATION = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameters(paramLabel = "ORDER", description = "the original's uid (as till outbox list shows it), its name"
            + " (Order <uid>) or its receipt's barcode")
    private String order;

    @Option(names = "--line", paramLabel = "LINE:QTY",
            description = "a line id of the original (without --line the command lists them, with what is left to"
                    + " refund) and the quantity to give back, positive; repeat for more lines")
    private List<String> lines;

    @Option(names = "--method", paramLabel = "METHOD_ID",
            description = "the payment method that pays the money out (its Odoo id); needed with --line")
    private Long method;

    @Option(names = "--json", description = "one JSON object, with the keys of docs/refunds.md")
    private boolean json;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "the server's password, when it was not kept at setup (to ask its refunded quantities)")
    private Path passwordFile;

    private final CommandContext context;
    private final ConfiguredServer server;
    private final Clock clock;

    RefundCommand(CommandContext context, ConfiguredServer server, Clock clock) {
        this.context = context;
        this.server = server;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        boolean listOnly = lines == null || lines.isEmpty();
        if (!listOnly && method == null) {
            throw new UsageException("--method METHOD_ID is needed with --line: the payment method that pays out");
        }
        Map<Integer, BigDecimal> quantities = listOnly ? Map.of() : quantities(lines);
        ServerRefunds serverRefunds;
        try {
            serverRefunds = server.refunds(context.dataDir(), Optional.ofNullable(passwordFile))
                    .orElse(ServerRefunds.NONE);
        } catch (ConfiguredServer.Unusable e) {
            context.err().println("till refund: " + e.getMessage());
            return CONFIGURATION;
        }
        try (TillStore store = TillStore.open(context.dataDir(), clock)) {
            Catalog catalog = store.catalogCache().load().orElseGet(DemoCatalog::load);
            Refunds refunds = new Refunds(() -> catalog, store.refundHistory(), serverRefunds, store.orderNumbers(),
                    store.outbox(), clock);
            try {
                if (listOnly) {
                    list(refunds.refundable(order));
                } else {
                    report(refunds.refund(new RefundRequest(order, quantities, method)));
                }
                return 0;
            } catch (RefundRefused e) {
                return refused(e.getMessage());
            }
        }
    }

    /** {@code LINE:QTY} pairs; a line given twice adds up. */
    static Map<Integer, BigDecimal> quantities(List<String> pairs) throws UsageException {
        Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] parts = pair.split(":", -1);
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                quantities.merge(Integer.parseInt(parts[0].strip()), new BigDecimal(parts[1].strip()),
                        BigDecimal::add);
            } catch (NumberFormatException e) {
                throw new UsageException("--line takes LINE:QTY, a line id and a quantity (e.g. 1:2 or 3:0.5), not "
                        + pair);
            }
        }
        return quantities;
    }

    /** The original's lines with what is left to refund; nothing is committed. */
    private void list(Refundable refundable) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("order", refundable.original().uid());
        root.put("server_checked", refundable.serverChecked());
        ArrayNode out = root.putArray("lines");
        for (RefundableLine line : refundable.lines()) {
            if (json) {
                out.addObject().put("line", line.lineId()).put("product", line.line().productName())
                        .put("sold", line.sold().toPlainString()).put("refunded", line.refunded().toPlainString())
                        .put("left", line.left().toPlainString());
            } else {
                context.out().println("line " + line.lineId() + "  " + line.line().productName() + "  sold "
                        + line.sold().toPlainString() + "  refunded " + line.refunded().toPlainString() + "  left "
                        + line.left().toPlainString());
            }
        }
        if (json) {
            context.out().println(root);
        } else if (!refundable.serverChecked()) {
            context.out().println("(this till's own refunds only: the server was not asked or did not answer)");
        }
    }

    private int refused(String words) {
        if (json) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("committed", false);
            root.put("refused", words);
            context.out().println(root);
        } else {
            context.err().println("till refund: " + words);
        }
        return REFUSED;
    }

    private void report(PaidOrder refund) {
        String original = refund.lines().get(0).refundOf().originalUid();
        if (!json) {
            context.out().println("refund " + refund.uid() + " of " + original + " committed: "
                    + refund.totals().total().toPlainString() + " (sent once the server confirmed " + original + ")");
            return;
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("committed", true);
        root.put("uid", refund.uid());
        root.put("name", refund.name());
        root.put("original", original);
        root.put("total", refund.totals().total().toPlainString());
        root.put("method", refund.payments().get(0).paymentMethodId());
        ArrayNode out = root.putArray("lines");
        for (OrderLine line : refund.lines()) {
            out.addObject().put("line", line.lineId()).put("original_line", line.refundOf().originalLineId())
                    .put("product", line.productName()).put("qty", line.qty().toPlainString());
        }
        context.out().println(root);
    }
}
