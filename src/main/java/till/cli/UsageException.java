package till.cli;

/**
 * Thrown by a command whose arguments are wrong in a way the parser cannot see (a PIN of the wrong form, a missing
 * server for doctor); the message says what is expected. Exit code 2, with the command's usage. Immutable.
 */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
