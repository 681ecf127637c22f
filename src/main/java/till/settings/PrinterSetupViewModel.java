package till.settings;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import till.fx.Async;

/**
 * The settings screen's printer section: device, paper, auto-print and drawer, loaded from {@code till.properties}
 * when the screen opens; "Test" prints a test page and "Save" writes them, each on the I/O executor (never the FX
 * thread), saying what happened in words. FX thread only.
 */
public final class PrinterSetupViewModel {

    private final PrinterService service;
    private final Async async;
    private final ServiceWords words;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty device = new SimpleStringProperty("");
    private final StringProperty paper = new SimpleStringProperty("80");
    private final BooleanProperty autoPrint = new SimpleBooleanProperty(true);
    private final BooleanProperty drawer = new SimpleBooleanProperty(true);

    /** In English. */
    public PrinterSetupViewModel(PrinterService service, Async async) {
        this(service, async, Locale.ENGLISH);
    }

    /** @param locale the till's language: the section's messages are said in it */
    public PrinterSetupViewModel(PrinterService service, Async async, Locale locale) {
        this.service = service;
        this.async = async;
        this.words = new ServiceWords(locale);
    }

    /** Loads the printer settings of {@code till.properties} into the form. */
    public void load() {
        step("", service::current, form -> {
            device.set(form.device());
            paper.set(form.paper());
            autoPrint.set(form.autoPrint());
            drawer.set(form.drawer());
            return "";
        });
    }

    /** Prints a test page on the printer of the form (not saved yet). */
    public void test() {
        PrinterService.Form form = form();
        step(words.get("printer.message.testing", form.device()), () -> service.test(form),
                said -> words.quoted("printer.message.tested", said));
    }

    public void save() {
        PrinterService.Form form = form();
        step(words.get("printer.message.saving"), () -> service.save(form),
                summary -> words.quoted("printer.message.saved", summary));
    }

    private PrinterService.Form form() {
        return new PrinterService.Form(device.get().strip(), paper.get(), autoPrint.get(), drawer.get());
    }

    private <T> void step(String doing, Callable<T> work, Function<T, String> done) {
        busy.set(true);
        message.set(doing);
        async.run(work, result -> {
            busy.set(false);
            message.set(done.apply(result));
        }, e -> {
            busy.set(false);
            message.set(words.quoted("printer.message.failed", e.getMessage()));
        });
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

    public StringProperty device() {
        return device;
    }

    public StringProperty paper() {
        return paper;
    }

    public BooleanProperty autoPrint() {
        return autoPrint;
    }

    public BooleanProperty drawer() {
        return drawer;
    }
}
