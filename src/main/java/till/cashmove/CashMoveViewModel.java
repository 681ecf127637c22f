package till.cashmove;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import till.fx.Async;
import till.i18n.Texts;
import till.session.CashMove;
import till.session.CashMoveBook;

/**
 * The cash in / out screen's state and commands: in or out, the amount as the cashier types it (a point or a comma),
 * the reason (required), and the confirmation that records the move in the store on the I/O executor, then opens the
 * drawer (and prints a slip, where a printer is set up). The till's sender sends it to the server. Its words are in
 * the till's language ({@code till.cashmove.texts}). FX thread only.
 */
public final class CashMoveViewModel {

    /** Where the screen stands. */
    public enum Step { EDITING, SAVING, DONE, FAILED }

    private final CashMoveBook book;
    private final long sessionId;
    private final Consumer<CashMove> afterRecorded;
    private final Async async;
    private final Texts texts;
    private final Function<BigDecimal, String> money;
    private final ObjectProperty<CashMove.Direction> direction = new SimpleObjectProperty<>(CashMove.Direction.OUT);
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.EDITING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<CashMove>> recorded = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final BooleanBinding canConfirm;

    /**
     * @param afterRecorded runs on the I/O executor once the move is on the disk: opens the drawer, prints the slip
     * @param locale        the till's language
     */
    public CashMoveViewModel(CashMoveBook book, long sessionId, Consumer<CashMove> afterRecorded, Async async,
                             Locale locale) {
        this(book, sessionId, afterRecorded, async, locale, BigDecimal::toPlainString);
    }

    /**
     * Like the constructor above, with the recorded amount written as the till writes money.
     *
     * @param money how an amount is written (the currency in the till's language: {@code 20,00 €})
     */
    public CashMoveViewModel(CashMoveBook book, long sessionId, Consumer<CashMove> afterRecorded, Async async,
                             Locale locale, Function<BigDecimal, String> money) {
        this.texts = Texts.of("till.cashmove.texts", locale);
        this.money = money;
        this.book = book;
        this.sessionId = sessionId;
        this.afterRecorded = afterRecorded;
        this.async = async;
        canConfirm = Bindings.createBooleanBinding(() -> amount().isPresent() && !reason.get().isBlank()
                && (step.get() == Step.EDITING || step.get() == Step.FAILED), amountText, reason, step);
    }

    /**
     * The typed amount: digits with at most one decimal point or comma (a cashier's keyboard may give either), more
     * than zero, at most 2 decimals; empty otherwise.
     */
    public static Optional<BigDecimal> parseAmount(String text) {
        String typed = text == null ? "" : text.strip().replace(',', '.');
        if (!typed.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(typed);
        return amount.signum() > 0 ? Optional.of(amount) : Optional.empty();
    }

    private Optional<BigDecimal> amount() {
        return parseAmount(amountText.get());
    }

    /** Records the move unless the amount or the reason is missing (then says so). */
    public void confirm() {
        Optional<BigDecimal> amount = amount();
        if (amount.isEmpty()) {
            message.set(texts.get("cashmove.message.amount"));
            return;
        }
        if (reason.get().isBlank()) {
            message.set(texts.get(direction.get() == CashMove.Direction.IN ? "cashmove.message.reason.in"
                    : "cashmove.message.reason.out"));
            return;
        }
        // The book refuses it too, in English: said here first so the cashier reads it in the till's language.
        if (reason.get().strip().length() > CashMoveBook.MAX_REASON) {
            message.set(texts.get("cashmove.message.reason.long", CashMoveBook.MAX_REASON));
            return;
        }
        if (step.get() == Step.SAVING || step.get() == Step.DONE) {
            return;
        }
        step.set(Step.SAVING);
        message.set(texts.get("cashmove.message.recording"));
        CashMove.Direction way = direction.get();
        String why = reason.get();
        async.run(() -> {
            CashMove move = book.record(sessionId, way, amount.get(), why);
            afterRecorded.accept(move);
            return move;
        }, move -> {
            recorded.set(Optional.of(move));
            step.set(Step.DONE);
            message.set(texts.get(move.direction() == CashMove.Direction.IN ? "cashmove.message.recorded.in"
                    : "cashmove.message.recorded.out", money.apply(move.amount()), move.reason()));
        }, e -> {
            step.set(Step.FAILED);
            message.set(e instanceof IllegalArgumentException ? e.getMessage()
                    : texts.get("cashmove.message.failed", e.getMessage()));
        });
    }

    /** The screen's texts, in the till's language. */
    public Texts texts() {
        return texts;
    }

    public ObjectProperty<CashMove.Direction> direction() {
        return direction;
    }

    public StringProperty amountText() {
        return amountText;
    }

    public StringProperty reason() {
        return reason;
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The move once recorded. */
    public ReadOnlyObjectProperty<Optional<CashMove>> recorded() {
        return recorded.getReadOnlyProperty();
    }

    /** Whether "Confirm" may be pressed: an amount, a reason, and nothing recorded or being recorded. */
    public BooleanBinding canConfirm() {
        return canConfirm;
    }
}
