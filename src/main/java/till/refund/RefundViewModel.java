package till.refund;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import till.catalog.PaymentMethod;
import till.fx.Async;
import till.i18n.Texts;
import till.order.PaidOrder;
import till.refunds.RefundRefused;
import till.refunds.RefundRequest;
import till.refunds.Refundable;
import till.refunds.Refunds;

/**
 * The refund screen's state and commands: find the original by the reference typed or the receipt's barcode scanned
 * (or {@link #open} it from the order history), choose quantities up to what is left of each line and the payment
 * method, see the amount to pay out, and refund. The store (and the server's refunded quantities) are read, and the
 * refund committed, on the I/O executor; the screen says "refunded" only once the refund is durable. Its words are in
 * the till's language ({@code till.refund.texts}). FX thread only.
 */
public final class RefundViewModel {

    /** Where the screen stands. */
    public enum Step { FINDING, LOADING, CHOOSING, REFUNDING, DONE }

    private final Refunds refunds;
    private final Async async;
    private final Consumer<PaidOrder> refunded;
    private final Texts texts;
    private final Function<BigDecimal, String> money;
    private final StringProperty reference = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FINDING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper payOut = new ReadOnlyStringWrapper("");
    /** Whether {@link #payOut} shows an amount the refund would pay out (not a refusal). */
    private final ReadOnlyBooleanWrapper payable = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<RefundRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PaymentMethod> methods;
    private Refundable original;

    /**
     * @param methods  the till's payment methods (the first cash one is chosen first: cash gives money back)
     * @param refunded told of each committed refund, on the FX thread (e.g. to open the cash drawer's receipt screen)
     * @param locale   the till's language
     */
    public RefundViewModel(Refunds refunds, List<PaymentMethod> methods, Async async, Consumer<PaidOrder> refunded,
                           Locale locale) {
        this(refunds, methods, async, refunded, locale, BigDecimal::toPlainString);
    }

    /**
     * Like the constructor above, with the amounts written as the till writes money.
     *
     * @param money how an amount is written (the currency in the till's language: {@code 12,50 €})
     */
    public RefundViewModel(Refunds refunds, List<PaymentMethod> methods, Async async, Consumer<PaidOrder> refunded,
                           Locale locale, Function<BigDecimal, String> money) {
        this.texts = Texts.of("till.refund.texts", locale);
        this.money = money;
        this.refunds = refunds;
        this.async = async;
        this.refunded = refunded;
        this.methods = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(methods));
        method.set(methods.stream().filter(PaymentMethod::cash).findFirst().orElse(methods.isEmpty() ? null
                : methods.get(0)));
        method.addListener((o, was, now) -> preview());
    }

    /** Finds the order whose reference or barcode is in {@link #reference()}. */
    public void find() {
        open(reference.get());
    }

    /** Opens the refund of this order (uid, name or barcode): the entry the order history uses. */
    public void open(String order) {
        step.set(Step.LOADING);
        message.set("");
        rows.clear();
        setPayOut("", false);
        async.run(() -> refunds.refundable(order), found -> {
            original = found;
            found.lines().forEach(line -> rows.add(new RefundRow(line)));
            reference.set(found.original().name());
            step.set(Step.CHOOSING);
            message.set(found.anyLeft() ? (found.serverChecked() ? "" : texts.get("refund.message.server.unchecked"))
                    : texts.get("refund.message.all.refunded"));
        }, this::failed);
    }

    public void more(RefundRow row) {
        row.more();
        preview();
    }

    public void less(RefundRow row) {
        row.less();
        preview();
    }

    /** Commits the refund; the screen says it is done once it is durable. */
    public void refund() {
        if (step.get() != Step.CHOOSING || method.get() == null) {
            return;
        }
        RefundRequest request = request();
        step.set(Step.REFUNDING);
        async.run(() -> refunds.refund(request), done -> {
            step.set(Step.DONE);
            message.set(texts.get("refund.message.refunded", done.name(), payOut(done),
                    done.payments().get(0).methodName()));
            refunded.accept(done);
        }, e -> {
            step.set(Step.CHOOSING);
            message.set(words(e));
        });
    }

    private void preview() {
        if (step.get() != Step.CHOOSING || method.get() == null) {
            return;
        }
        if (rows.stream().allMatch(r -> r.chosen().get().signum() == 0)) {
            setPayOut("", false);
            return;
        }
        RefundRequest request = request();
        async.run(() -> refunds.preview(request), p -> setPayOut(texts.get("refund.pay.out", payOut(p)), true),
                e -> setPayOut(words(e), false));
    }

    private void setPayOut(String words, boolean amount) {
        payable.set(amount);
        payOut.set(words);
    }

    private RefundRequest request() {
        Map<Integer, BigDecimal> chosen = new TreeMap<>();
        rows.forEach(r -> chosen.put(r.line().lineId(), r.chosen().get()));
        return new RefundRequest(original.original().uid(), chosen, method.get().id());
    }

    private void failed(Exception e) {
        step.set(Step.FINDING);
        message.set(words(e));
    }

    private String words(Exception e) {
        if (e instanceof RefundRefused refused) {
            return texts.get("refused." + refused.reason().name(), refused.reason() == RefundRefused.Reason.OTHER
                    ? new Object[] {refused.getMessage()} : refused.args().toArray());
        }
        return texts.get("refund.message.failed", e.getMessage());
    }

    private String payOut(PaidOrder order) {
        return money.apply(order.totals().total().negate());
    }

    /** The screen's texts, in the till's language. */
    public Texts texts() {
        return texts;
    }

    /** Whether the pay-out line shows what the refund would pay (so Refund may be pressed), not a refusal. */
    public ReadOnlyBooleanProperty payable() {
        return payable.getReadOnlyProperty();
    }

    public StringProperty reference() {
        return reference;
    }

    public ObjectProperty<PaymentMethod> method() {
        return method;
    }

    public ObservableList<PaymentMethod> methods() {
        return methods;
    }

    public ObservableList<RefundRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty payOut() {
        return payOut.getReadOnlyProperty();
    }
}
