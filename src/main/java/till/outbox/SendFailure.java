package till.outbox;

/**
 * A send that did not produce a result, classified, with a plain-words message that never holds a password or a
 * session id. Immutable.
 */
public final class SendFailure extends Exception {

    private final FailureKind kind;

    public SendFailure(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public SendFailure(FailureKind kind, String message) {
        this(kind, message, null);
    }

    public FailureKind kind() {
        return kind;
    }
}
