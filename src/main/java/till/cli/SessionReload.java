package till.cli;

import java.nio.file.Path;
import java.util.Optional;
import till.catalog.Catalog;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.Setup;
import till.setup.SetupFailure;

/**
 * Loads the catalog of the session the server has open now, with the checks of {@code till setup} and a new login
 * to that session, so that the data directory's cached catalog (which names the session every new order is paid
 * in) follows a session opened by {@code till session open}. Blocks on the network. Stateless.
 */
final class SessionReload {

    private SessionReload() {
    }

    /** The open session's catalog, or a {@link SetupFailure} in words. */
    static Catalog load(Path dataDir, Optional<Path> passwordFile) throws SetupFailure {
        try {
            String password = passwordFile.isPresent() ? PasswordFile.readGiven(passwordFile.get())
                    : new PasswordFile(dataDir).read().orElseThrow(() -> new ConfigException("the password was not"
                    + " kept: pass --password-file FILE"));
            return new Setup(new ConfigFile(dataDir).read(), password).run().snapshot().catalog();
        } catch (ConfigException e) {
            throw new SetupFailure(e.getMessage(), e);
        }
    }
}
