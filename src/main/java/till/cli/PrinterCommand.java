package till.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import till.print.PrinterCheck;
import till.print.PrinterSettings;
import till.print.Printers;
import till.worker.ExecutorScheduler;

/**
 * {@code till printer test --device D [--json]} prints a test page and says what happened; {@code till printer
 * status [--device D] [--json]} asks the printer (the configured one by default) how it is. Exit 0 when it printed
 * or can print, 1 when not, 2 for a usage error, 3 for a broken printer key. Confined to the thread that runs the
 * command line.
 */
@Command(name = "printer", description = "test --device DEVICE [--json] | status [--device DEVICE] [--json]: print a"
        + " test page, or ask the receipt printer how it is")
final class PrinterCommand {

    /** The conditions in which the printer takes receipts. */
    private static final Set<String> WELL = Set.of("ready", "paper_low", "silent");

    private final CommandContext context;
    private final Clock clock;

    PrinterCommand(CommandContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    @Command(name = "test", description = "print a test page (the paper's width, the code table's letters)")
    int test(@Option(names = "--device", paramLabel = "DEVICE", required = true,
                     description = "tcp://HOST[:PORT], file:/dev/usb/lp0, queue:NAME[?page] or folder:PATH")
             String device,
             @Option(names = "--json", description = "one JSON object, with the keys of docs/printing.md")
             boolean asJson) throws Exception {
        return run(device, asJson, true);
    }

    @Command(name = "status", description = "ask the printer how it is: ready, paper_low, silent, paper_out,"
            + " cover_open or offline")
    int status(@Option(names = "--device", paramLabel = "DEVICE",
                       description = "this printer instead of the configured one") String device,
               @Option(names = "--json", description = "one JSON object, with the keys of docs/printing.md")
               boolean asJson) throws Exception {
        return run(device, asJson, false);
    }

    private int run(String device, boolean asJson, boolean test) throws UsageException, JsonProcessingException {
        PrinterSettings settings;
        try {
            settings = PrinterChoice.settings(context.dataDir(), device);
        } catch (PrinterChoice.Broken e) {
            return PrinterChoice.report(context, "printer", e);
        }
        PrinterCheck.Result result;
        try (ExecutorScheduler timer = new ExecutorScheduler("print-timer")) {
            var printer = Printers.open(settings, timer, clock);
            result = test ? PrinterCheck.test(printer, settings.width(), "", clock)
                    : PrinterCheck.status(printer, clock);
        }
        if (asJson) {
            context.out().println(new ObjectMapper().writeValueAsString(result));
        } else {
            context.out().println(words(result, test));
        }
        return (test ? result.printed() : WELL.contains(result.condition())) ? 0 : 1;
    }

    private static String words(PrinterCheck.Result result, boolean test) {
        String what = test ? (result.printed() ? "test page printed" : "test page NOT printed") : result.condition();
        return result.device() + ": " + what + (test ? " (printer " + result.condition() + ")" : "")
                + (result.cause().isEmpty() ? "" : ": " + result.cause()) + " in " + result.millis() + " ms";
    }
}
