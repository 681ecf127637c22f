package till.settings;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
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
 * says what is wrong in words, next to the field it concerns when the service says which. An address without
 * {@code http(s)://} is completed before it is used. After a save, "Restart the till" restarts it when the window
 * offers that (decision 0245). FX thread only.
 */
public final class SetupViewModel {

    private final SetupService service;
    private final Async async;
    private final ServiceWords words;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final Map<SetupService.Field, ReadOnlyStringWrapper> errors = new EnumMap<>(SetupService.Field.class);
    private final ReadOnlyBooleanWrapper restartOffered = new ReadOnlyBooleanWrapper(false);
    private Runnable restart;
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty pushUrl = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty keepPassword = new SimpleBooleanProperty(true);
    private final ObservableList<String> databases = FXCollections.observableArrayList();
    private final ObservableList<SetupService.PosChoice> configs = FXCollections.observableArrayList();
    private final ObjectProperty<SetupService.PosChoice> config = new SimpleObjectProperty<>();

    /** In English. */
    public SetupViewModel(SetupService service, Async async) {
        this(service, async, Locale.ENGLISH);
    }

    /** @param locale the till's language: the screen's messages are said in it */
    public SetupViewModel(SetupService service, Async async, Locale locale) {
        this.service = service;
        this.async = async;
        this.words = new ServiceWords(locale);
        for (SetupService.Field field : SetupService.Field.values()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    /** What "Restart the till" does once the settings are saved; without it, the screen only says to restart. */
    public void offerRestart(Runnable restart) {
        this.restart = restart;
    }

    /** Restarts the till on the saved settings (shown only after a save, when the window offers it). */
    public void restart() {
        if (restart != null && restartOffered.get()) {
            restartOffered.set(false);
            message.set(words.get("setup.restarting"));
            restart.run();
        }
    }

    public void open() {
        open.set(true);
    }

    public void close() {
        open.set(false);
    }

    /** Asks the server for its databases. */
    public void loadDatabases() {
        String url = completed(server);
        step(words.get("setup.message.databases", url), () -> service.databases(url), list -> {
            databases.setAll(list);
            if (list.size() == 1) {
                database.set(list.get(0));
            }
            return words.get(list.isEmpty() ? "setup.message.noDatabases" : "setup.message.chooseDatabase");
        });
    }

    /** Logs in and asks for the POS configurations. */
    public void loadConfigs() {
        String url = completed(server);
        String db = database.get().strip();
        String user = login.get().strip();
        String secret = password.get();
        step(words.get("setup.message.loggingIn"), () -> service.posConfigs(url, db, user, secret), list -> {
            configs.setAll(list);
            config.set(list.isEmpty() ? null : list.get(0));
            return words.get(list.isEmpty() ? "setup.message.noPos" : "setup.message.choosePos");
        });
    }

    /** Checks everything as {@code till setup} does and saves; the till uses it from its next start. */
    public void save() {
        if (config.get() == null) {
            clearErrors();
            message.set("");
            errors.get(SetupService.Field.POS).set(words.get("setup.message.posFirst"));
            return;
        }
        SetupService.Form form = new SetupService.Form(completed(server), completed(pushUrl),
                database.get().strip(), login.get().strip(), password.get(), config.get().id(), keepPassword.get());
        step(words.get("setup.message.saving"), () -> service.save(form), summary -> {
            restartOffered.set(restart != null);
            return words.then(summary, "setup.message.restart", "setup.message.summary");
        });
    }

    /** The address in the field, completed by the service; the field shows what is used. */
    private String completed(StringProperty field) {
        String typed = field.get().strip();
        String address = typed.isEmpty() ? typed : service.complete(typed);
        field.set(address);
        return address;
    }

    private <T> void step(String doing, Callable<T> work, Function<T, String> done) {
        busy.set(true);
        clearErrors();
        restartOffered.set(false);
        message.set(doing);
        async.run(work, result -> {
            busy.set(false);
            message.set(done.apply(result));
        }, e -> {
            busy.set(false);
            String said = words.quoted("setup.message.failed", e.getMessage());
            if (e instanceof SetupService.FieldProblem problem) {
                message.set("");
                errors.get(problem.field()).set(said);
            } else {
                message.set(said);
                messageIsError.set(true);
            }
        });
    }

    private void clearErrors() {
        errors.values().forEach(error -> error.set(""));
        messageIsError.set(false);
    }

    /** What is wrong with this field, next to it; empty when nothing is. */
    public ReadOnlyStringProperty error(SetupService.Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** Whether the message under the form is a failure no field explains (shown red). */
    public ReadOnlyBooleanProperty messageIsError() {
        return messageIsError.getReadOnlyProperty();
    }

    /** Saved, and the window can restart the till: the "Restart the till" button shows. */
    public ReadOnlyBooleanProperty restartOffered() {
        return restartOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty isOpen() {
        return open.getReadOnlyProperty();
    }

    /** The screen's texts in the same language, for the view. */
    ServiceWords words() {
        return words;
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
