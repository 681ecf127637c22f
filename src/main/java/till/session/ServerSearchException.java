package till.session;

/** A search of the server's orders that did not happen, with why in words for the cashier. Immutable. */
public final class ServerSearchException extends Exception {

    private static final long serialVersionUID = 1L;

    public ServerSearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
