package till.settings;

import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import till.fx.Async;

/**
 * The setup screen: server URL, optional push URL, database (offered from the server's list), login, password, POS
 * configuration (offered from the server) and whether to keep the password; each check runs on the I/O executor and
 * says what is wrong in words. FX thread only.
 */
public final class SetupViewModel {

    private final SetupService service;
    private final Async async;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty pushUrl = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty keepPassword = new SimpleBooleanProperty(true);
    private final ObservableList<String> databases = FXCollections.observableArrayList();
    private final ObservableList<SetupService.PosChoice> configs = FXCollections.observableArrayList();
    private final ObjectProperty<SetupService.PosChoice> config = new SimpleObjectProperty<>();

    public SetupViewModel(SetupService service, Async async) {
        this.service = service;
        this.async = async;
    }

    public void open() {
        open.set(true);
    }

    public void close() {
        open.set(false);
    }

    /** Asks the server for its databases. */
    public void loadDatabases() {
        String url = server.get().strip();
        step("Asking " + url + " for its databases\u2026", () -> service.databases(url), list -> {
            databases.setAll(list);
            if (list.size() == 1) {
                database.set(list.get(0));
            }
            return list.isEmpty() ? "The server does not list its databases: type the name." : "Choose the database.";
        });
    }

    /** Logs in and asks for the POS configurations. */
    public void loadConfigs() {
        String url = server.get().strip();
        String db = database.get().strip();
        String user = login.get().strip();
        String secret = password.get();
        step("Logging in\u2026", () -> service.posConfigs(url, db, user, secret), list -> {
            configs.setAll(list);
            config.set(list.isEmpty() ? null : list.get(0));
            return list.isEmpty() ? "The server has no POS configuration for this user." : "Choose the POS.";
        });
    }

    /** Checks everything as {@code till setup} does and saves; the till uses it from its next start. */
    public void save() {
        if (config.get() == null) {
            message.set("Choose a POS configuration first (log in to see them).");
            return;
        }
        SetupService.Form form = new SetupService.Form(server.get().strip(), pushUrl.get().strip(),
                database.get().strip(), login.get().strip(), password.get(), config.get().id(), keepPassword.get());
        step("Checking everything and loading the catalog\u2026", () -> service.save(form),
                summary -> summary + " Restart the till to sell with it.");
    }

    private <T> void step(String doing, Callable<T> work, Function<T, String> done) {
        busy.set(true);
        message.set(doing);
        async.run(work, result -> {
            busy.set(false);
            message.set(done.apply(result));
        }, e -> {
            busy.set(false);
            message.set(e.getMessage());
        });
    }

    public ReadOnlyBooleanProperty isOpen() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public StringProperty server() {
        return server;
    }

    public StringProperty pushUrl() {
        return pushUrl;
    }

    public StringProperty database() {
        return database;
    }

    public StringProperty login() {
        return login;
    }

    public StringProperty password() {
        return password;
    }

    public BooleanProperty keepPassword() {
        return keepPassword;
    }

    public ObservableList<String> databases() {
        return databases;
    }

    public ObservableList<SetupService.PosChoice> configs() {
        return configs;
    }

    public ObjectProperty<SetupService.PosChoice> config() {
        return config;
    }
}
