package till.register;

/** The order cannot be validated yet; the message says why in words a cashier understands. */
public class NotPaidException extends Exception {

    public NotPaidException(String message) {
        super(message);
    }
}
