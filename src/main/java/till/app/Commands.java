package till.app;

import java.util.List;
import till.busbench.PushBenchmark;
import till.busbench.ReconnectBenchmark;
import till.cli.BenchCommand;
import till.cli.Command;
import till.cli.CommitBenchmark;
import till.cli.OutboxCommand;
import till.cli.SimulateCommand;

/** The list of subcommands, in the order {@code till --help} shows them. Stateless. */
final class Commands {

    private Commands() {
    }

    static List<Command> all() {
        return List.of(
                new till.sandbox.DemoServerCommand(),
                new till.config.SetupCommand(new StoreCatalogWriter()),
                new OutboxCommand(),
                new SimulateCommand(),
                new BenchCommand(List.of(new CommitBenchmark(), new PushBenchmark(), new ReconnectBenchmark())),
                new till.doctor.DoctorCommand());
    }
}
