package till.cli;

import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.TillConfig;
import java.nio.file.Path;
import java.util.Optional;
import till.odoo.Credentials;
import till.odoo.OdooOrderTransport;
import till.outbox.RescueApprovals;

/** The server of {@code till.properties}, with the kept or a given password. Thread-safe. */
public final class ConfigFileServer implements ConfiguredServer {

    @Override
    public Optional<Connection> connect(Path dataDir, Optional<Path> passwordFile) throws Unusable {
        ConfigFile file = new ConfigFile(dataDir);
        if (!file.exists()) {
            return Optional.empty();
        }
        try {
            TillConfig config = file.read();
            String password = passwordFile.isPresent() ? PasswordFile.readGiven(passwordFile.get())
                    : new PasswordFile(dataDir).read().orElseThrow(() -> new ConfigException("The password was not"
                    + " kept (" + PasswordFile.NAME + " is missing): pass --password-file FILE, or run till setup"
                    + " again with --keep-password."));
            Credentials credentials = new Credentials(config.database(), config.login(), password);
            return Optional.of(new Connection(config.server().toString(),
                    OdooOrderTransport.connecting(config.server(), credentials, config.posConfigId(),
                            new RescueApprovals(dataDir)::approved)));
        } catch (ConfigException e) {
            throw new Unusable(e.getMessage(), e);
        }
    }
}
