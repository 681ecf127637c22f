package till.settings;

import java.util.List;

/**
 * The checks of {@code till setup} as the setup screen asks them, one step at a time. Implemented in the composition
 * root on {@code till.config} and {@code till.odoo}. Implementations block on the network: call them on an I/O
 * thread only. Every failure is an exception whose message says, in words, what is wrong.
 */
public interface SetupService {

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

    /** The databases the server lists, or an empty list when it does not list them. */
    List<String> databases(String server) throws Exception;

    /** Logs in and lists the POS configurations. */
    List<PosChoice> posConfigs(String server, String database, String login, String password) throws Exception;

    /** Runs every check of {@code till setup}, caches the catalog and writes the configuration; returns a summary. */
    String save(Form form) throws Exception;
}
