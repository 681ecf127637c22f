package till.app;

import java.nio.file.Path;
import java.util.Optional;
import till.cli.ConfiguredServer;
import till.odoo.Credentials;
import till.odoo.OdooCashMoveServer;
import till.session.CashMoveServer;
import till.odoo.OdooServerRefunds;
import till.odoo.OdooSessionServer;
import till.refunds.ServerRefunds;
import till.session.SessionServer;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.TillConfig;

/** The server of {@code till.properties}, with the kept or a given password, for the commands. Thread-safe. */
final class ConfigFileServer implements ConfiguredServer {

    @Override
    public Optional<Connection> connect(Path dataDir, Optional<Path> passwordFile) throws Unusable {
        ConfigFile file = new ConfigFile(dataDir);
        if (!file.exists()) {
            return Optional.empty();
        }
        try {
            TillConfig config = file.read();
            String password = password(dataDir, passwordFile);
            return Optional.of(new Connection(config.server().toString(),
                    OrderTransports.toServer(config, password, dataDir), config.settle()));
        } catch (ConfigException e) {
            throw new Unusable(e.getMessage(), e);
        }
    }

    @Override
    public Optional<SessionServer> sessions(Path dataDir, Optional<Path> passwordFile) throws Unusable {
        ConfigFile file = new ConfigFile(dataDir);
        if (!file.exists()) {
            return Optional.empty();
        }
        try {
            TillConfig config = file.read();
            return Optional.of(OdooSessionServer.connecting(config.server(), new Credentials(config.database(),
                    config.login(), password(dataDir, passwordFile)), config.posConfigId()));
        } catch (ConfigException e) {
            throw new Unusable(e.getMessage(), e);
        }
    }

    @Override
    public Optional<CashMoveServer> cashMoves(Path dataDir, Optional<Path> passwordFile) throws Unusable {
        ConfigFile file = new ConfigFile(dataDir);
        if (!file.exists()) {
            return Optional.empty();
        }
        try {
            TillConfig config = file.read();
            return Optional.of(OdooCashMoveServer.connecting(config.server(), new Credentials(config.database(),
                    config.login(), password(dataDir, passwordFile))));
        } catch (ConfigException e) {
            throw new Unusable(e.getMessage(), e);
        }
    }

    @Override
    public Optional<ServerRefunds> refunds(Path dataDir, Optional<Path> passwordFile) throws Unusable {
        ConfigFile file = new ConfigFile(dataDir);
        if (!file.exists()) {
            return Optional.empty();
        }
        try {
            TillConfig config = file.read();
            return Optional.of(OdooServerRefunds.connecting(config.server(), new Credentials(config.database(),
                    config.login(), password(dataDir, passwordFile)), config.posConfigId()));
        } catch (ConfigException e) {
            throw new Unusable(e.getMessage(), e);
        }
    }

    private static String password(Path dataDir, Optional<Path> passwordFile) throws ConfigException {
        return passwordFile.isPresent() ? PasswordFile.readGiven(passwordFile.get())
                : new PasswordFile(dataDir).read().orElseThrow(() -> new ConfigException("The password was not"
                + " kept (" + PasswordFile.NAME + " is missing): pass --password-file FILE, or run till setup"
                + " again with --keep-password."));
    }
}
