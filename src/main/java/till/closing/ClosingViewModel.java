package till.closing;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
import till.i18n.Texts;
import till.session.ClosingException;
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
 * server are asked on the I/O executor. Its words are in the till's language ({@code till.closing.texts}). FX
 * thread only.
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
    private final Texts texts;
    private final ZReportText reportText;
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.LOADING);
    private final ReadOnlyStringWrapper sessionName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper paperMessage = new ReadOnlyStringWrapper("");
    private Optional<ZReportPaper> paper = Optional.empty();
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
     * @param locale        the till's language
     * @param zone          the shop's time zone (the Z report's times)
     */
    public ClosingViewModel(SessionClosing closing, long sessionId, List<PaymentMethod> methods,
                            List<BigDecimal> denominations, BigDecimal noteThreshold, Runnable sendNow, Async async,
                            Locale locale, ZoneId zone) {
        this(closing, sessionId, methods, denominations, noteThreshold, sendNow, async, locale, zone, ZReport::money);
    }

    /**
     * Like the constructor above, with the Z report's amounts written as the screen writes them.
     *
     * @param money how an amount is written (the currency in the till's language: {@code 785,04 €})
     */
    public ClosingViewModel(SessionClosing closing, long sessionId, List<PaymentMethod> methods,
                            List<BigDecimal> denominations, BigDecimal noteThreshold, Runnable sendNow, Async async,
                            Locale locale, ZoneId zone, Function<BigDecimal, String> money) {
        this.texts = Texts.of("till.closing.texts", locale);
        this.reportText = new ZReportText(texts, zone, money);
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

    /**
     * Prints the Z report on {@code paper} once the session is closed, and offers copies. Call before {@link #load}
     * when the till has a receipt printer.
     */
    public void printOn(ZReportPaper paper) {
        this.paper = Optional.of(paper);
    }

    /** Whether the Z report goes to a printer. */
    public boolean printing() {
        return paper.isPresent();
    }

    /** Queues another copy of the Z report, marked DUPLICATE (the screen's "Print again"). */
    public void printAgain() {
        if (paper.isEmpty() || report.isEmpty()) {
            return;
        }
        List<String> lines = List.copyOf(report);
        ZReportPaper to = paper.get();
        async.run(() -> {
            to.copy(sessionId, lines);
            return lines;
        }, queued -> paperMessage.set(texts.get("closing.report.printing.copy")), this::paperFailed);
    }

    private void printOriginal(List<String> lines) {
        ZReportPaper to = paper.get();
        async.run(() -> {
            to.original(sessionId, lines);
            return lines;
        }, queued -> paperMessage.set(texts.get("closing.report.printing")), this::paperFailed);
    }

    private void paperFailed(Exception e) {
        paperMessage.set(texts.get("closing.report.not.printed", e.getMessage() == null ? "" : e.getMessage()));
    }

    /** Reads the session from the server (its name and opening cash) and the figures from the store. */
    public void load() {
        step.set(Step.LOADING);
        message.set(texts.get("closing.message.loading"));
        async.run(this::read, loaded -> {
            sessionName.set(loaded.session().name());
            expected.setAll(loaded.figures().methods());
            count.expected().set(loaded.figures().expectedCash());
            unsent.setAll(loaded.figures().unsent());
            loaded.figures().unsentCashMoves().forEach(m -> unsent.add(UnsentOrder.cashMove(m)));
            message.set(loaded.problem().isEmpty() ? unsentWords() : texts.get("closing.message.not.read",
                    loaded.problem()));
            step.set(Step.COUNTING);
        }, this::fail);
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
            message.set(texts.get("closing.message.reason.missing"));
            return;
        }
        attempt(Optional.of(overrideReason.get().strip()));
    }

    /** Wakes the sender; "check again" ({@link #load()}) shows what arrived. */
    public void sendNow() {
        sendNow.run();
        message.set(texts.get("closing.message.sending"));
    }

    private void attempt(Optional<String> override) {
        if (count.counted().get().isEmpty()) {
            return;
        }
        BigDecimal cash = count.counted().get().get();
        String text = note.get().strip();
        step.set(Step.CLOSING);
        message.set(texts.get("closing.message.closing"));
        async.run(() -> closing.close(sessionId, methods, Optional.of(cash), text, override), this::apply, this::fail);
    }

    private void apply(ClosingOutcome outcome) {
        if (outcome instanceof ClosingOutcome.Refused refused) {
            unsent.setAll(refused.unsent());
            refused.unsentCashMoves().forEach(m -> unsent.add(UnsentOrder.cashMove(m)));
            message.set(unsentWords());
            step.set(Step.REFUSED);
        } else if (outcome instanceof ClosingOutcome.Closed closed) {
            ZReport z = closed.report();
            report.setAll(reportText.lines(z));
            paper.ifPresent(p -> printOriginal(List.copyOf(report)));
            unsent.clear();
            message.set(texts.get("closing.message.closed", z.sessionName()));
            step.set(Step.CLOSED);
        }
    }

    private void fail(Exception e) {
        message.set(failure(texts, e, "closing.message.failed"));
        step.set(Step.FAILED);
    }

    /**
     * A failure in the till's language: a closing failure's kind as a translated lead-in before the server's or the
     * network's own words, else the screen's plain "could not" text.
     */
    static String failure(Texts texts, Exception e, String plainKey) {
        if (e.getMessage() == null) {
            return texts.get(plainKey);
        }
        return e instanceof ClosingException closing ? texts.get("failed." + closing.kind().name(), e.getMessage())
                : texts.get(plainKey) + " " + e.getMessage();
    }

    private String unsentWords() {
        return unsent.isEmpty() ? texts.get("closing.message.all.sent")
                : texts.get("closing.message.unsent", unsent.size());
    }

    /** The closing screen's texts, in the till's language. */
    public Texts texts() {
        return texts;
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

    /** Whether the Z report was queued for the printer, or why not; empty before. */
    public ReadOnlyStringProperty paperMessage() {
        return paperMessage.getReadOnlyProperty();
    }

    /** The Z report's lines once closed. */
    public ObservableList<String> report() {
        return reportView;
    }
}
