package till.status;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.fx.Async;
import till.i18n.Texts;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.SenderStatus;

/**
 * The outbox panel: one row per paid order that has not reached the server, with retry this one, retry all and
 * export, and above them the order sender's internal error while it has one. An order the till was checking on (its
 * send had an unknown outcome) stays listed until the panel closes, so the panel says how that ended (found on the
 * server by a lookup, or sent again). The rows are read on the I/O executor and reloaded after every change of the
 * sender's status while the panel is open. FX thread only.
 */
public final class OutboxPanelViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPanelViewModel.class);

    private final OutboxAccess outbox;
    private final OrderDelivery delivery;
    private final Async async;
    private final StatusWords words;
    private final Texts texts;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper nothingToSend = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<OutboxEntry> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a view's listener on a fresh wrapper would go with the wrapper's garbage collection. */
    private final ObservableList<OutboxEntry> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** Orders shown as of unknown outcome since the panel opened. */
    private final Set<String> checked = new LinkedHashSet<>();

    /** @param words the status words in the till's language (the messages and the problem are said in it) */
    public OutboxPanelViewModel(OutboxAccess outbox, OrderDelivery delivery, Async async, StatusWords words) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.async = async;
        this.words = words;
        this.texts = words.texts();
    }

    public void open() {
        open.set(true);
        message.set("");
        reload();
    }

    public void close() {
        open.set(false);
        checked.clear();
    }

    /** Sends this order again: a refused one goes back to the queue, a waiting one is sent now. */
    public void retry(OutboxEntry entry) {
        if (entry.state() == OutboxState.REJECTED) {
            delivery.retryRejected(entry.uid());
        }
        delivery.sendNow();
        message.set(texts.get("outbox.message.retry", entry.name()));
    }

    /** Sends every waiting and refused order again, now. */
    public void retryAll() {
        delivery.retryAllRejected();
        delivery.sendNow();
        message.set(texts.get("outbox.message.retryAll"));
    }

    /** Writes the unsent orders to {@code file}, off the FX thread; the message says how it went. */
    public void export(Path file) {
        async.run(() -> outbox.export(file),
                n -> message.set(texts.get("outbox.message.exported", n, file.toString())),
                e -> message.set(texts.get("outbox.message.exportFailed", file.toString(), e.getMessage())));
    }

    void statusChanged(SenderStatus now) {
        problem.set(now.internalError().map(words::problem).orElse(""));
        if (open.get()) {
            reload();
        }
    }

    private void reload() {
        Set<String> watched = Set.copyOf(checked);
        try {
            async.run(() -> rows(watched), this::show, e -> message.set(texts.get("outbox.message.readFailed",
                    e.getMessage())));
        } catch (RejectedExecutionException e) {
            // The till is closing and its I/O thread has stopped: the panel is about to go with it.
            LOG.debug("outbox not reloaded: the till is closing");
        }
    }

    /** On the I/O executor: the unsent orders, and how the ones the panel was checking on stand now. */
    private List<OutboxEntry> rows(Set<String> watched) {
        List<OutboxEntry> unsent = outbox.unsent();
        Set<String> listed = new LinkedHashSet<>();
        unsent.forEach(e -> listed.add(e.uid()));
        List<String> gone = watched.stream().filter(uid -> !listed.contains(uid)).toList();
        if (gone.isEmpty()) {
            return unsent;
        }
        List<OutboxEntry> all = new ArrayList<>(outbox.now(gone));
        all.addAll(unsent);
        return all;
    }

    private void show(List<OutboxEntry> entries) {
        entries.stream().filter(e -> e.state() == OutboxState.UNKNOWN).forEach(e -> checked.add(e.uid()));
        rows.setAll(entries);
        nothingToSend.set(entries.stream().allMatch(e -> e.state() == OutboxState.SENT));
    }

    public ReadOnlyBooleanProperty isOpen() {
        return open.getReadOnlyProperty();
    }

    /** No row waits (none, or only ones that reached the server since): Retry all and Export have nothing to do. */
    public ReadOnlyBooleanProperty nothingToSend() {
        return nothingToSend.getReadOnlyProperty();
    }

    /** Read-only to the view: the view model replaces them. */
    public ObservableList<OutboxEntry> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The order sender's internal error and that it starts again by itself; empty while it runs. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
