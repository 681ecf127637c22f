package till.cli;

/** Thrown by a command whose arguments are wrong; the message says what is expected. Exit code 2. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
