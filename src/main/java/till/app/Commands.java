package till.app;

import java.util.List;
import till.cli.Command;

/** The list of subcommands, in the order {@code till --help} shows them. Stateless. */
final class Commands {

    private Commands() {
    }

    static List<Command> all() {
        return List.of(new till.sandbox.DemoServerCommand(),
                new till.config.SetupCommand(new StoreCatalogWriter()),
                new till.doctor.DoctorCommand());
    }
}
