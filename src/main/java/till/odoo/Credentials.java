package till.odoo;

/**
 * A database, a login and a password for {@code /web/session/authenticate}. Immutable. {@link #toString()} hides the
 * password, so a credentials value can never leak it into a log or a message.
 */
public record Credentials(String database, String login, String password) {

    public Credentials {
        if (database == null || database.isBlank() || login == null || login.isBlank() || password == null) {
            throw new IllegalArgumentException("database, login and password are required");
        }
    }

    @Override
    public String toString() {
        return "Credentials[database=" + database + ", login=" + login + ", password=***]";
    }
}
