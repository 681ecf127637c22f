package till.pin;

import till.setup.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager PIN that guards closing the till, leaving kiosk mode and the settings: checks a typed PIN against the
 * stored hash, counts wrong ones and refuses tries for a growing delay (decisions 0100, 0101), sets and changes it.
 * Thread-safe (one check at a time, so two quick tries cannot both escape the count); blocks for the PBKDF2 hash and
 * the disk: never on the JavaFX thread. The PIN is never logged or put into a message.
 */
public final class ManagerPin {

    /** What a check found. */
    public enum Outcome { ACCEPTED, WRONG, LOCKED, NOT_SET }

    /**
     * The answer to a typed PIN. Immutable.
     *
     * @param retryAfter how long until the next try is allowed (zero when at once)
     * @param triesLeft  wrong PINs still allowed before they earn a wait (0 when unknown or none are left)
     */
    public record Verdict(Outcome outcome, Duration retryAfter, int triesLeft) {

        /** A verdict that does not say how many tries are left. */
        public Verdict(Outcome outcome, Duration retryAfter) {
            this(outcome, retryAfter, 0);
        }

        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }

        /** Short words for the person at the till. */
        public String words() {
            String wait = retryAfter.isZero() ? "" : " Too many wrong PINs: try again in " + spoken(retrySeconds())
                    + ".";
            return switch (outcome) {
                case ACCEPTED -> "PIN accepted.";
                case WRONG -> "Wrong PIN." + wait;
                case LOCKED -> wait.strip();
                case NOT_SET -> "No manager PIN is set on this till: set one with till manager-pin.";
            };
        }

        /** The wait in whole seconds, rounded up (at least 1 while there is one). */
        public long retrySeconds() {
            return retryAfter.isZero() ? 0 : Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1
                    : 0));
        }

        private static String spoken(long seconds) {
            return seconds < 120 ? seconds + " s" : (seconds + 59) / 60 + " min";
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ManagerPin.class);
    private static final int SHORTEST = 4;
    private static final int LONGEST = 12;

    private final ManagerPinFile file;
    private final PinAttempts attempts;
    private final Clock clock;
    private final int iterations;
    private final SecureRandom random;

    public ManagerPin(Path dataDir, Clock clock) {
        this(dataDir, clock, PinHash.STANDARD_ITERATIONS, new SecureRandom());
    }

    /** @param iterations for PINs set from now on (tests use few, to stay quick) */
    public ManagerPin(Path dataDir, Clock clock, int iterations, SecureRandom random) {
        this.file = new ManagerPinFile(dataDir);
        this.attempts = new PinAttempts(dataDir);
        this.clock = clock;
        this.iterations = iterations;
        this.random = random;
    }

    /** Why {@code pin} cannot be a manager PIN, or empty when it can: 4 to 12 digits. */
    public static Optional<String> formatProblem(String pin) {
        if (pin.length() < SHORTEST || pin.length() > LONGEST || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("A manager PIN has " + SHORTEST + " to " + LONGEST + " digits and nothing else.");
        }
        return Optional.empty();
    }

    public boolean isSet() {
        return file.exists();
    }

    /** Checks a typed PIN: a right one resets the count, a wrong one adds to it; refused while locked. */
    public synchronized Verdict check(String pin) throws ConfigException, IOException {
        Optional<PinHash> stored = file.read();
        if (stored.isEmpty()) {
            return new Verdict(Outcome.NOT_SET, Duration.ZERO);
        }
        Instant now = clock.instant();
        PinAttempts.Failures failures = attempts.read();
        Instant next = failures.nextTry();
        if (now.isBefore(next)) {
            return new Verdict(Outcome.LOCKED, Duration.between(now, next));
        }
        if (stored.get().matches(pin)) {
            attempts.write(PinAttempts.Failures.NONE);
            return new Verdict(Outcome.ACCEPTED, Duration.ZERO, PinAttempts.FREE_TRIES);
        }
        PinAttempts.Failures more = new PinAttempts.Failures(failures.count() + 1, now);
        attempts.write(more);
        LOG.warn("a wrong manager PIN was typed ({} in a row)", more.count());
        Instant after = more.nextTry();
        return new Verdict(Outcome.WRONG, now.isBefore(after) ? Duration.between(now, after) : Duration.ZERO,
                Math.max(0, PinAttempts.FREE_TRIES - more.count()));
    }

    /** Sets the first PIN. @throws IllegalStateException when one is set already: use {@link #change} */
    public synchronized void set(String pin) throws IOException {
        if (isSet()) {
            throw new IllegalStateException("A manager PIN is set already: changing it needs the old one.");
        }
        write(pin);
    }

    /** Replaces the PIN when {@code oldPin} is right (counted and rate-limited like any check). */
    public synchronized Verdict change(String oldPin, String newPin) throws ConfigException, IOException {
        Verdict verdict = check(oldPin);
        if (verdict.accepted()) {
            write(newPin);
        }
        return verdict;
    }

    private void write(String pin) throws IOException {
        formatProblem(pin).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        file.write(PinHash.of(pin, iterations, random));
        attempts.write(PinAttempts.Failures.NONE);
        LOG.info("the manager PIN was set");
    }
}
