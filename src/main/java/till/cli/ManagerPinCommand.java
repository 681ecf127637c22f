package till.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import till.pin.ManagerPin;
import till.pin.ManagerPinFile;
import till.setup.ConfigException;
import till.setup.PasswordFile;

/**
 * {@code till manager-pin --pin-file FILE [--old-pin-file FILE]}: sets the manager PIN, or changes it when the old
 * one is right; needs no server. Exit 0 when set, 1 when the old PIN is wrong or tries are locked, 2 for a usage
 * error (a PIN that is not 4-12 digits, a missing old PIN). Confined to the thread that runs the command line.
 */
@Command(name = "manager-pin", description = "--pin-file FILE [--old-pin-file FILE]: set or change the manager PIN"
        + " (kiosk mode, closing, settings)")
final class ManagerPinCommand implements Callable<Integer> {

    @Option(names = "--pin-file", paramLabel = "FILE", required = true,
            description = "a file whose first line is the new PIN (4 to 12 digits)")
    private Path pinFile;

    @Option(names = "--old-pin-file", paramLabel = "FILE", description = "a file with the PIN set now, to change it")
    private Path oldPinFile;

    private final CommandContext context;
    private final Clock clock;

    /** @param clock times wrong old PINs */
    ManagerPinCommand(CommandContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        String pin = givenPin(pinFile);
        ManagerPin managerPin = new ManagerPin(context.dataDir(), clock);
        if (!managerPin.isSet()) {
            managerPin.set(pin);
            context.out().println("Manager PIN set (kept as a salted hash in " + ManagerPinFile.NAME + ").");
            return 0;
        }
        if (oldPinFile == null) {
            throw new UsageException("a manager PIN is set already: give the old one with --old-pin-file FILE");
        }
        ManagerPin.Verdict verdict = managerPin.change(givenPin(oldPinFile), pin);
        if (!verdict.accepted()) {
            context.err().println("till manager-pin: the old PIN was refused: " + verdict.words());
            return 1;
        }
        context.out().println("Manager PIN changed.");
        return 0;
    }

    /** Reads a PIN handed over in a file (its first line) and checks its form; never echoes it. */
    static String givenPin(Path file) throws UsageException {
        String pin;
        try {
            pin = PasswordFile.readGiven(file).strip();
        } catch (ConfigException e) {
            throw new UsageException("the PIN file " + file + " cannot be read");
        }
        Optional<String> problem = ManagerPin.formatProblem(pin);
        if (problem.isPresent()) {
            throw new UsageException("the PIN in " + file + " cannot be used: " + problem.get());
        }
        return pin;
    }
}
