package till.setup;

/**
 * A setup check that failed; the message says in words what is wrong and what to do, without secrets. Immutable.
 */
public final class SetupFailure extends Exception {

    private final boolean unsupportedServer;

    public SetupFailure(String message, Throwable cause) {
        this(message, cause, false);
    }

    private SetupFailure(String message, Throwable cause, boolean unsupportedServer) {
        super(message, cause);
        this.unsupportedServer = unsupportedServer;
    }

    /** The server runs an Odoo version Till does not speak: a configuration problem, not a passing one. */
    static SetupFailure unsupportedServer(String message, Throwable cause) {
        return new SetupFailure(message, cause, true);
    }

    /** Whether the server's Odoo version is one Till does not speak (the words name it and the supported ones). */
    public boolean unsupportedServer() {
        return unsupportedServer;
    }
}
