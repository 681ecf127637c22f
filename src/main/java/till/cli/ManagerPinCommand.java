package till.cli;

import till.pin.ManagerPin;
import till.pin.ManagerPinFile;
import till.setup.ConfigException;
import till.setup.PasswordFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code till manager-pin --pin-file FILE [--old-pin-file FILE]}: sets the manager PIN, or changes it when the old
 * one is right; needs no server. Exit 0 when set, 1 when the old PIN is wrong or tries are locked, 2 for a usage
 * error (a PIN that is not 4-12 digits, a missing old PIN). Runs on the calling thread.
 */
public final class ManagerPinCommand implements Command {

    private final Clock clock;

    public ManagerPinCommand() {
        this(Clock.systemUTC());
    }

    /** @param clock times wrong old PINs (tests pass a fixed one) */
    ManagerPinCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "manager-pin";
    }

    @Override
    public String summary() {
        return "--pin-file FILE [--old-pin-file FILE]: set or change the manager PIN (kiosk mode, closing, settings)";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Optional<Path> pinFile = Optional.empty();
        Optional<Path> oldPinFile = Optional.empty();
        for (int i = 0; i < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--pin-file" -> pinFile = Optional.of(Path.of(Args.value(args, i + 1)));
                case "--old-pin-file" -> oldPinFile = Optional.of(Path.of(Args.value(args, i + 1)));
                default -> throw new UsageException("unknown option " + args.get(i));
            }
        }
        String pin = givenPin(pinFile.orElseThrow(() -> new UsageException("--pin-file is required")));
        ManagerPin managerPin = new ManagerPin(context.dataDir(), clock);
        if (!managerPin.isSet()) {
            managerPin.set(pin);
            context.out().println("Manager PIN set (kept as a salted hash in " + ManagerPinFile.NAME + ").");
            return 0;
        }
        if (oldPinFile.isEmpty()) {
            throw new UsageException("a manager PIN is set already: give the old one with --old-pin-file FILE");
        }
        ManagerPin.Verdict verdict = managerPin.change(givenPin(oldPinFile.get()), pin);
        if (!verdict.accepted()) {
            context.err().println("till manager-pin: the old PIN was refused: " + verdict.words());
            return 1;
        }
        context.out().println("Manager PIN changed.");
        return 0;
    }

    /** Reads a PIN handed over in a file (its first line) and checks its form; never echoes it. */
    public static String givenPin(Path file) throws UsageException {
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
