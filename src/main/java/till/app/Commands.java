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
                new OutboxCommand(new till.config.ConfigFileServer()),
                new SimulateCommand(new till.config.ConfigFileServer()),
                new BenchCommand(List.of(new CommitBenchmark(), new till.bench.DrainBenchmark(), new PushBenchmark(),
                        new ReconnectBenchmark())),
                new till.sandbox.DemoServerCommand(),
                new till.config.SetupCommand(new StoreCatalogWriter()),
                new till.doctor.DoctorCommand());
    }
}
