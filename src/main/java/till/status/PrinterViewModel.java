package till.status;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import till.i18n.Texts;
import till.print.PrintQueue;
import till.print.PrintStatus;

/**
 * The printer indicator's state: the print queue's {@link PrintStatus} (received on the FX thread) as a look, short
 * words and an explanation with the cause, the receipts waiting and the next try; a click tries the printer again
 * now, or on the demo printer shows the last receipt. FX thread only.
 */
public final class PrinterViewModel {

    /** How the indicator looks; each is a CSS pseudo-class of the same name in lower case. */
    public enum Look { READY, PRINTING, OFFLINE, ATTENTION, ERROR }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintQueue queue;
    private final boolean demo;
    private final Runnable showLatest;
    private final ZoneId zone;
    private final Texts texts;
    private final CauseWords causes;
    private final ReadOnlyObjectWrapper<Look> look = new ReadOnlyObjectWrapper<>(Look.READY);
    private final ReadOnlyStringWrapper words = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");

    /**
     * @param demo       the simulated printer of the demo mode: it says "Demo printer" and a click shows
     *                   {@code showLatest}
     * @param showLatest opens the last receipt the demo printer made
     */
    public PrinterViewModel(PrintQueue queue, boolean demo, Runnable showLatest, ZoneId zone) {
        this(queue, demo, showLatest, zone, Locale.ENGLISH);
    }

    /** @param locale the till's language, for the words and the explanation */
    public PrinterViewModel(PrintQueue queue, boolean demo, Runnable showLatest, ZoneId zone, Locale locale) {
        this.texts = Texts.of(StatusWords.BUNDLE, locale);
        this.causes = new CauseWords(texts);
        this.queue = queue;
        this.demo = demo;
        this.showLatest = showLatest;
        this.zone = zone;
        show(queue.status());
    }

    /** Follows the queue: its changes arrive through {@code ui} (production: {@code Platform::runLater}). */
    public void listen(Executor ui) {
        queue.addListener(this::show, ui);
    }

    public ReadOnlyObjectProperty<Look> look() {
        return look.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty words() {
        return words.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanation() {
        return explanation.getReadOnlyProperty();
    }

    public boolean demo() {
        return demo;
    }

    /** The click: on the demo printer, the last receipt; otherwise the printer is tried again at once. */
    public void click() {
        if (demo && look.get() != Look.ERROR) {
            showLatest.run();
        } else {
            queue.retryNow();
        }
    }

    void show(PrintStatus status) {
        Optional<String> error = status.worker().internalError();
        Look now = error.isPresent() ? Look.ERROR : switch (status.printer()) {
            case READY -> Look.READY;
            case PRINTING -> Look.PRINTING;
            case OFFLINE -> Look.OFFLINE;
            case ATTENTION -> Look.ATTENTION;
        };
        look.set(now);
        words.set(texts.get(now == Look.READY && demo ? "printer.words.DEMO" : "printer.words." + now.name()));
        StringBuilder why = new StringBuilder(words.get());
        error.ifPresent(e -> why.append(": ").append(texts.get("printer.error", causes.internal(e))));
        if (error.isEmpty() && !status.cause().isEmpty()) {
            why.append(": ").append(causes.printerCause(status.printer(), status.cause()));
        }
        if (status.waiting() > 0) {
            why.append("\n").append(texts.get("printer.waiting", status.waiting()));
        }
        status.nextTry().ifPresent(at -> why.append("\n").append(texts.get("printer.nextTry",
                TIME.format(at.atZone(zone)))));
        if (demo && now == Look.READY) {
            why.append("\n").append(texts.get("printer.demo"));
        }
        explanation.set(why.toString());
    }
}
