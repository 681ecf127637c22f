package till.closing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import till.fx.Async;
import till.i18n.Texts;
import till.session.OpeningOutcome;
import till.session.SessionOpening;
import till.session.ZReport;

/**
 * The opening screen's state and commands: the next session of the POS configuration (created on the server as the
 * dashboard's button does when none is open), the cash it expects (the last closing's count), the cash counted with
 * the closing screen's {@link CashCount}, the difference and its note, and the opening itself; once the server opened
 * the session, the till is told to sell on it. The server is asked on the I/O executor. Its words are in the till's
 * language ({@code till.closing.texts}). FX thread only.
 */
public final class OpeningViewModel {

    /** Where the screen stands. */
    public enum Step { LOADING, COUNTING, OPENING, OPENED, ALREADY_OPEN, FAILED }

    private final SessionOpening opening;
    private final LongConsumer opened;
    private final Async async;
    private final CashCount count;
    private final Texts texts;
    private final Function<BigDecimal, String> money;
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.LOADING);
    private final ReadOnlyStringWrapper sessionName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canOpen;

    /**
     * @param denominations the notes and coins to count, largest first; empty: the cash is typed as one amount
     * @param noteThreshold a note is required when the difference is larger than this (0: whenever there is one)
     * @param opened        told the id of the session the server opened, on the FX thread (the till switches to it)
     * @param locale        the till's language
     */
    public OpeningViewModel(SessionOpening opening, List<BigDecimal> denominations, BigDecimal noteThreshold,
                            LongConsumer opened, Async async, Locale locale) {
        this(opening, denominations, noteThreshold, opened, async, locale, ZReport::money);
    }

    /**
     * Like the constructor above, with the messages' amounts written as the screen writes them.
     *
     * @param money how an amount is written (the currency in the till's language: {@code 785,04 €})
     */
    public OpeningViewModel(SessionOpening opening, List<BigDecimal> denominations, BigDecimal noteThreshold,
                            LongConsumer opened, Async async, Locale locale, Function<BigDecimal, String> money) {
        this.money = money;
        this.texts = Texts.of("till.closing.texts", locale);
        this.opening = opening;
        this.opened = opened;
        this.async = async;
        this.count = new CashCount(denominations, noteThreshold);
        canOpen = Bindings.createBooleanBinding(() -> count.counted().get().isPresent()
                        && (!count.noteRequired().get() || !note.get().isBlank())
                        && (step.get() == Step.COUNTING || step.get() == Step.FAILED),
                count.counted(), count.noteRequired(), note, step);
    }

    /** Finds (or creates) the next session on the server and the opening cash it expects. */
    public void load() {
        step.set(Step.LOADING);
        message.set(texts.get("opening.message.loading"));
        async.run(opening::next, next -> {
            sessionName.set(next.session().name());
            count.expected().set(next.session().openingCash());
            if (next.needsCount()) {
                message.set(texts.get("opening.message.count", money.apply(next.session().openingCash())));
                step.set(Step.COUNTING);
            } else if (next.created()) {
                // 14 without cash control opens the session as it creates it: nothing to count.
                message.set(texts.get("opening.message.open", next.session().name()));
                step.set(Step.OPENED);
                opened.accept(next.session().id());
            } else {
                message.set(texts.get("opening.message.already.open", next.session().name()));
                step.set(Step.ALREADY_OPEN);
                opened.accept(next.session().id());
            }
        }, this::fail);
    }

    /** Sends the count and opens the session. */
    public void open() {
        if (count.counted().get().isEmpty()) {
            return;
        }
        BigDecimal cash = count.counted().get().get();
        String text = note.get().strip();
        step.set(Step.OPENING);
        message.set(texts.get("opening.message.opening"));
        async.run(() -> opening.open(Optional.of(cash), text), this::apply, this::fail);
    }

    private void apply(OpeningOutcome outcome) {
        if (outcome instanceof OpeningOutcome.Opened done) {
            sessionName.set(done.session().name());
            message.set(texts.get("opening.message.opened", done.session().name(), money.apply(done.counted())));
            step.set(Step.OPENED);
            opened.accept(done.session().id());
        } else if (outcome instanceof OpeningOutcome.AlreadyOpen open) {
            message.set(texts.get("opening.message.already.open", open.session().name()));
            step.set(Step.ALREADY_OPEN);
            opened.accept(open.session().id());
        }
    }

    private void fail(Exception e) {
        message.set(ClosingViewModel.failure(texts, e, "opening.message.failed"));
        step.set(Step.FAILED);
    }

    /** Says on the screen that the till sells on the new session now. */
    public void selling() {
        message.set(texts.get("opening.message.selling", sessionName.get()));
    }

    /** The opening screen's texts, in the till's language. */
    public Texts texts() {
        return texts;
    }

    public CashCount count() {
        return count;
    }

    public StringProperty note() {
        return note;
    }

    public BooleanBinding canOpen() {
        return canOpen;
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
}
