package till.setup;

/** The config or password file is missing or wrong; the message names the file and the key. Immutable. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
