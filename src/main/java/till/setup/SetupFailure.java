package till.setup;

/** A setup check that failed; the message says in words what is wrong and what to do, without secrets. Immutable. */
public final class SetupFailure extends Exception {

    public SetupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
