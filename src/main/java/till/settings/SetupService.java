package till.settings;

import java.util.List;

/**
 * The checks of {@code till setup} as the setup screen asks them, one step at a time. Implemented in the composition
 * root on {@code till.config} and {@code till.odoo}. Implementations block on the network: call them on an I/O
 * thread only (except {@link #complete}). Every failure is an exception whose message says, in words, what is wrong;
 * a {@link FieldProblem} says which field it concerns, and the screen shows it there.
 */
public interface SetupService {

    /** The fields of the form a failure can concern. */
    enum Field { SERVER, PUSH_URL, DATABASE, LOGIN, PASSWORD, POS }

    /** A failure that concerns one field of the form: the screen says it next to that field. Immutable. */
    final class FieldProblem extends Exception {

        private final Field field;

        public FieldProblem(Field field, String message, Throwable cause) {
            super(message, cause);
            this.field = field;
        }

        public Field field() {
            return field;
        }
    }

    /** A POS configuration the server offers. Immutable. */
    record PosChoice(long id, String name) {
        @Override
        public String toString() {
            return name + " (" + id + ")";
        }
    }

    /** What the admin filled in. Immutable. */
    record Form(String server, String pushUrl, String database, String login, String password, long posConfigId,
                boolean keepPassword) {
    }

    /**
     * A server address as the admin typed it, completed to a web address (a missing {@code https://} or, for this
     * machine and the shop's own network, {@code http://}); as it is when it cannot be completed. Pure and quick: any
     * thread.
     */
    default String complete(String address) {
        return address;
    }

    /** The databases the server lists, or an empty list when it does not list them. */
    List<String> databases(String server) throws Exception;

    /** Logs in and lists the POS configurations. */
    List<PosChoice> posConfigs(String server, String database, String login, String password) throws Exception;

    /** Runs every check of {@code till setup}, caches the catalog and writes the configuration; returns a summary. */
    String save(Form form) throws Exception;
}
