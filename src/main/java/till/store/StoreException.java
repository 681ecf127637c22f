package till.store;

/**
 * The store cannot be opened or written; the message is for a person and says which file and what to do. Immutable.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
