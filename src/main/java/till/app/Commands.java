package till.app;

import java.util.List;
import till.bench.DrainBenchmark;
import till.bench.PushBenchmark;
import till.bench.ReconnectBenchmark;
import till.bench.BenchCommand;
import till.cli.Command;
import till.bench.CommitBenchmark;
import till.cli.OutboxCommand;
import till.cli.SimulateCommand;
import till.cli.ManagerPinCommand;
import till.cli.SetupCommand;
import till.doctor.DoctorCommand;
import till.demoserver.DemoServerCommand;
import till.supervise.SuperviseCommand;
import till.support.SupportBundleCommand;

/** The list of subcommands, in the order {@code till --help} shows them. Stateless. */
final class Commands {

    private Commands() {
    }

    static List<Command> all() {
        return List.of(
                new SetupCommand(new StoreCatalogWriter()),
                new SimulateCommand(new ConfigFileServer()),
                new OutboxCommand(new ConfigFileServer()),
                new DoctorCommand(),
                new BenchCommand(List.of(new CommitBenchmark(), new DrainBenchmark(), new PushBenchmark(),
                        new ReconnectBenchmark())),
                new DemoServerCommand(),
                new ManagerPinCommand(),
                new SupportBundleCommand(),
                new SuperviseCommand(Main.class.getName()));
    }
}
