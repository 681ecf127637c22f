package till.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import till.support.SupportBundle;

/**
 * {@code till support-bundle FILE [--force]}: a zip for whoever supports the shop (docs/operations.md); exit 0
 * written, 1 not. Confined to the thread that runs the command line.
 */
@Command(name = "support-bundle", description = "FILE [--force]: a zip of logs, versions, configuration (no secrets)"
        + " and outbox for support")
final class SupportBundleCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the zip to write")
    private Path file;

    @Option(names = "--force", description = "replace FILE if it exists")
    private boolean force;

    private final CommandContext context;
    private final Clock clock;

    /** @param clock the time the bundle is dated with */
    SupportBundleCommand(CommandContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        return SupportBundle.write(context.dataDir(), file.toAbsolutePath(), force, clock, context.out(),
                context.err());
    }
}
