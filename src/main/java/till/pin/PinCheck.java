package till.pin;

/**
 * Checks a typed manager PIN: implemented in the composition root on the stored hash and its rate limit. Blocks for
 * the hash: call on an I/O thread only.
 */
@FunctionalInterface
public interface PinCheck {

    /**
     * The answer to one typed PIN. Immutable.
     *
     * @param words what to tell the person when refused (wrong, or how long to wait)
     */
    record Answer(boolean accepted, String words) {
    }

    Answer check(String pin) throws Exception;
}
