package till.closing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import till.catalog.PaymentMethod;
import till.fx.Async;
import till.session.ClosingOutcome;
import till.session.MethodTotal;
import till.session.ServerSession;
import till.session.SessionClosing;
import till.session.SessionFigures;
import till.session.UnsentOrder;
import till.session.ZReport;

/**
 * The closing screen's state and commands: the expected amounts per payment method from the till's own orders, the
 * cash counted (piece by piece for the currencies of {@link till.session.Denominations}, else one amount), the
 * difference, the note it requires above the threshold, the refusal listing the unsent orders with "send now", a
 * manager's override with a written reason, and the Z report once the server closed the session. The store and the
 * server are asked on the I/O executor. FX thread only.
 */
public final class ClosingViewModel {

    /** Where the screen stands. */
    public enum Step { LOADING, COUNTING, CLOSING, REFUSED, CLOSED, FAILED }

    private final SessionClosing closing;
    private final long sessionId;
    private final List<PaymentMethod> methods;
    private final Runnable sendNow;
    private final Async async;
    private final CashCount count;
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.LOADING);
    private final ReadOnlyStringWrapper sessionName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<MethodTotal> expected = FXCollections.observableArrayList();
    private final ObservableList<UnsentOrder> unsent = FXCollections.observableArrayList();
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ObservableList<MethodTotal> expectedView = FXCollections.unmodifiableObservableList(expected);
    private final ObservableList<UnsentOrder> unsentView = FXCollections.unmodifiableObservableList(unsent);
    private final ObservableList<String> reportView = FXCollections.unmodifiableObservableList(report);
    private final BooleanBinding canClose;

    /**
     * @param denominations the notes and coins to count, largest first; empty: the cash is typed as one amount
     * @param noteThreshold a note is required when the difference is larger than this (0: whenever there is one)
     * @param sendNow       wakes the order sender (the outbox panel's "send now")
     */
    public ClosingViewModel(SessionClosing closing, long sessionId, List<PaymentMethod> methods,
                            List<BigDecimal> denominations, BigDecimal noteThreshold, Runnable sendNow, Async async) {
        this.closing = closing;
        this.sessionId = sessionId;
        this.methods = List.copyOf(methods);
        this.sendNow = sendNow;
        this.async = async;
        this.count = new CashCount(denominations, noteThreshold);
        canClose = Bindings.createBooleanBinding(() -> count.counted().get().isPresent()
                        && (!count.noteRequired().get() || !note.get().isBlank())
                        && (step.get() == Step.COUNTING || step.get() == Step.REFUSED || step.get() == Step.FAILED),
                count.counted(), count.noteRequired(), note, step);
    }

    /** Reads the session from the server (its name and opening cash) and the figures from the store. */
    public void load() {
        step.set(Step.LOADING);
        message.set("Reading the session\u2026");
        async.run(this::read, loaded -> {
            sessionName.set(loaded.session().name());
            expected.setAll(loaded.figures().methods());
            count.expected().set(loaded.figures().expectedCash());
            unsent.setAll(loaded.figures().unsent());
            loaded.figures().unsentCashMoves().forEach(m -> unsent.add(UnsentOrder.cashMove(m)));
            message.set(loaded.problem().isEmpty() ? unsentWords() : "The server was not read (" + loaded.problem()
                    + "); the opening cash is counted as 0.");
            step.set(Step.COUNTING);
        }, e -> fail(e.getMessage()));
    }

    private record Loaded(ServerSession session, SessionFigures figures, String problem) {
    }

    private Loaded read() {
        ServerSession session;
        String problem = "";
        try {
            session = closing.session(sessionId);
        } catch (till.session.ClosingException e) {
            session = new ServerSession(sessionId, "#" + sessionId, "unknown", BigDecimal.ZERO);
            problem = e.getMessage();
        }
        return new Loaded(session, closing.figures(sessionId, session.openingCash(), methods), problem);
    }

    /** Closes the session, unless one of its orders is not confirmed by the server. */
    public void close() {
        attempt(Optional.empty());
    }

    /** A manager's close with unsent orders; the reason is required and goes to the log and the Z report. */
    public void closeWithOverride() {
        if (overrideReason.get().isBlank()) {
            message.set("Write why the session is closed with unsent orders.");
            return;
        }
        attempt(Optional.of(overrideReason.get().strip()));
    }

    /** Wakes the sender; "check again" ({@link #load()}) shows what arrived. */
    public void sendNow() {
        sendNow.run();
        message.set("Sending the waiting orders now; check again in a moment.");
    }

    private void attempt(Optional<String> override) {
        if (count.counted().get().isEmpty()) {
            return;
        }
        BigDecimal cash = count.counted().get().get();
        String text = note.get().strip();
        step.set(Step.CLOSING);
        message.set("Closing the session on the server\u2026");
        async.run(() -> closing.close(sessionId, methods, Optional.of(cash), text, override), this::apply,
                e -> fail(e.getMessage()));
    }

    private void apply(ClosingOutcome outcome) {
        if (outcome instanceof ClosingOutcome.Refused refused) {
            unsent.setAll(refused.unsent());
            refused.unsentCashMoves().forEach(m -> unsent.add(UnsentOrder.cashMove(m)));
            message.set(unsentWords());
            step.set(Step.REFUSED);
        } else if (outcome instanceof ClosingOutcome.Closed closed) {
            ZReport z = closed.report();
            report.setAll(z.lines());
            unsent.clear();
            message.set("Session " + z.sessionName() + " is closed.");
            step.set(Step.CLOSED);
        }
    }

    private void fail(String words) {
        message.set(words == null ? "The session could not be closed." : words);
        step.set(Step.FAILED);
    }

    private String unsentWords() {
        return unsent.isEmpty() ? "Every order of this session reached the server." : unsent.size() + " orders of"
                + " this session have not reached the server: closing now would send them into a rescue session."
                + " Send them now, or a manager may close anyway with a reason.";
    }

    /** The cash count, shared with the opening screen ({@link CashCountView}). */
    public CashCount count() {
        return count;
    }

    /** Each note and coin with how many were counted (empty for a currency counted as one amount). */
    public Map<BigDecimal, IntegerProperty> pieces() {
        return count.pieces();
    }

    public StringProperty countedText() {
        return count.countedText();
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty overrideReason() {
        return overrideReason;
    }

    public ReadOnlyObjectProperty<BigDecimal> expectedCash() {
        return count.expected();
    }

    public ReadOnlyObjectProperty<Optional<BigDecimal>> counted() {
        return count.counted();
    }

    public ReadOnlyObjectProperty<Optional<BigDecimal>> difference() {
        return count.difference();
    }

    public ReadOnlyBooleanProperty noteRequired() {
        return count.noteRequired();
    }

    public BooleanBinding canClose() {
        return canClose;
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionName() {
        return sessionName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<MethodTotal> expected() {
        return expectedView;
    }

    public ObservableList<UnsentOrder> unsent() {
        return unsentView;
    }

    /** The Z report's lines once closed. */
    public ObservableList<String> report() {
        return reportView;
    }
}
