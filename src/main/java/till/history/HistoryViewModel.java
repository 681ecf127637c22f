package till.history;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import till.fx.Async;
import till.i18n.Texts;
import till.order.PaidOrder;
import till.sell.ReceiptRow;
import till.session.HistoryEntry;
import till.session.OrderHistory;
import till.session.ServerOrder;
import till.session.ServerOrders;
import till.session.ServerSearchException;

/**
 * The order history screen: the till's own orders of the session (read off the FX thread from the store, so it works
 * offline), narrowed by the search box; the chosen order's receipt with Reprint (a copy marked DUPLICATE) and the
 * Refund hook; and the server's orders of earlier sessions when it can be reached. Its words are in the till's
 * language ({@code till.history.texts}). FX thread only.
 */
public final class HistoryViewModel {

    private final HistorySource source;
    private final Function<PaidOrder, List<ReceiptRow>> receipts;
    private final ReceiptCopies copies;
    private final Optional<ServerOrders> server;
    private final Async async;
    private final Texts texts;
    private final ObservableList<HistoryEntry> all = FXCollections.observableArrayList();
    private final FilteredList<HistoryEntry> shown = new FilteredList<>(all);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<HistoryEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<ReceiptRow> receipt = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ServerOrder> serverOrders = FXCollections.observableArrayList();
    private final ObjectProperty<ServerOrder> serverSelected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper serverMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private Consumer<PaidOrder> refund;

    /**
     * @param receipts the receipt's rows as the receipt screen shows them ({@code sell.Receipt::rows})
     * @param server   the server's order search; empty when the till has no server
     * @param locale   the till's language
     */
    public HistoryViewModel(HistorySource source, Function<PaidOrder, List<ReceiptRow>> receipts,
                            ReceiptCopies copies, Optional<ServerOrders> server, Async async, Locale locale) {
        this.texts = Texts.of("till.history.texts", locale);
        this.source = source;
        this.receipts = receipts;
        this.copies = copies;
        this.server = server;
        this.async = async;
        query.addListener((obs, old, now) -> shown.setPredicate(OrderHistory.matching(now)));
        selected.addListener((obs, old, now) -> receipt.setAll(now == null ? List.of()
                : this.receipts.apply(now.order())));
    }

    /** Reads the session's orders again, off the FX thread; the selection stays on the same order when it can. */
    public void load() {
        loading.set(true);
        async.run(source::load, entries -> {
            String uid = selected.get() == null ? null : selected.get().uid();
            all.setAll(entries);
            loading.set(false);
            message.set(entries.isEmpty() ? texts.get("history.message.empty") : "");
            selected.set(uid == null ? null : entries.stream().filter(e -> e.uid().equals(uid)).findFirst()
                    .orElse(null));
        }, e -> {
            loading.set(false);
            message.set(texts.get("history.message.unreadable", e.getMessage()));
        });
    }

    /** Opens an order: its receipt shows. */
    public void open(HistoryEntry entry) {
        selected.set(entry);
    }

    /** Queues a copy of the open order's receipt marked DUPLICATE (never a second original). */
    public void reprint() {
        HistoryEntry entry = selected.get();
        if (entry == null || !copies.canPrint()) {
            return;
        }
        message.set(texts.get("history.message.reprinting", entry.reference()));
        copies.reprint(entry.order(), cause -> message.set(texts.get("history.message.reprint.failed",
                entry.reference(), cause)));
    }

    /** Shows the receipt the demo printer made of the open order. */
    public void showPrinted() {
        if (selected.get() != null && copies.showable()) {
            copies.show(selected.get().order());
        }
    }

    /** Where the Refund button leads (the refund flow, built elsewhere); without one there is no Refund button. */
    public void offerRefund(Consumer<PaidOrder> refundFlow) {
        this.refund = refundFlow;
    }

    public boolean refundOffered() {
        return refund != null;
    }

    /** Starts the refund of the open order in the refund flow. */
    public void refund() {
        if (refund != null && selected.get() != null) {
            refund.accept(selected.get().order());
        }
    }

    /** Searches the server's orders of this POS configuration for the search box's text, off the FX thread. */
    public void searchServer() {
        if (server.isEmpty()) {
            serverMessage.set(texts.get("history.server.none"));
            return;
        }
        String text = query.get();
        searching.set(true);
        serverMessage.set(texts.get("history.server.searching"));
        async.run(() -> server.get().search(text, ServerOrders.LIMIT), found -> {
            searching.set(false);
            serverOrders.setAll(found);
            serverSelected.set(null);
            serverMessage.set(found.isEmpty() ? texts.get("history.server.no.match", text)
                    : found.size() == ServerOrders.LIMIT ? texts.get("history.server.found.newest", found.size(),
                    ServerOrders.LIMIT) : found.size() == 1 ? texts.get("history.server.found.one")
                    : texts.get("history.server.found", found.size()));
        }, e -> {
            searching.set(false);
            serverOrders.clear();
            serverMessage.set(texts.get(e instanceof ServerSearchException ? "history.server.refused"
                    : "history.server.failed", e.getMessage()));
        });
    }

    /** The screen's texts, in the till's language. */
    public Texts texts() {
        return texts;
    }

    public ObservableList<HistoryEntry> orders() {
        return shown;
    }

    /** How many orders the session has, searched or not. */
    public int total() {
        return all.size();
    }

    public StringProperty query() {
        return query;
    }

    public ObjectProperty<HistoryEntry> selected() {
        return selected;
    }

    /** The open order's receipt, row by row. */
    public ObservableList<ReceiptRow> receipt() {
        return receipt;
    }

    public boolean canPrint() {
        return copies.canPrint();
    }

    public boolean showable() {
        return copies.showable();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<ServerOrder> serverOrders() {
        return serverOrders;
    }

    public ObjectProperty<ServerOrder> serverSelected() {
        return serverSelected;
    }

    public ReadOnlyStringProperty serverMessage() {
        return serverMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searching() {
        return searching.getReadOnlyProperty();
    }

    /** Whether the till has a server to search. */
    public boolean hasServer() {
        return server.isPresent();
    }
}
