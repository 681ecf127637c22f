package till.sell;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import till.catalog.Catalog;
import till.catalog.PaymentMethod;
import till.catalog.ShopSettings;
import till.catalog.TaxDisplay;
import till.order.PaymentLine;

/**
 * The payment screen: payment lines of the catalog's methods (split tender), a numpad for the selected line's
 * amount, remaining and change, and Validate, which is possible only when the register says the order is fully
 * paid. FX thread only.
 */
public final class PaymentViewModel {

    private final OrderSession session;
    private Catalog catalog;
    private final NumpadBuffer buffer = new NumpadBuffer();
    /** The selected payment line's index, or -1. */
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final BooleanBinding validateDisabled;
    private final StringBinding refusal;

    public PaymentViewModel(OrderSession session, Catalog catalog, Messages messages, MoneyFormat money) {
        this.session = session;
        this.catalog = catalog;
        refusal = Bindings.createStringBinding(() -> {
            String rounded = roundedByOdoo(session.current().get(), messages);
            return rounded.isEmpty() ? refusal(session.current().get(), messages, money) : rounded;
        }, session.current());
        validateDisabled = Bindings.createBooleanBinding(() -> {
            OrderSnapshot order = session.current().get();
            return order == null || order.order().lines().isEmpty() || !order.payment().fullyPaid()
                    || !refusal.get().isEmpty() || session.paying().get();
        }, session.current(), session.paying(), refusal);
    }

    /**
     * Why Validate is off although the payments cover the total, in words, or empty: change is only given in cash,
     * so card and bank may not pay more than is due (the register would refuse it after the tap).
     */
    public StringBinding refusal() {
        return refusal;
    }

    private static String refusal(OrderSnapshot order, Messages messages, MoneyFormat money) {
        if (order == null || order.payment().total().signum() <= 0 || order.payment().change().signum() <= 0) {
            return "";
        }
        BigDecimal cash = order.order().payments().stream().filter(PaymentLine::cash).map(PaymentLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal excess = order.payment().change().subtract(cash);
        return excess.signum() > 0 ? messages.get("payment.changeOnlyInCash", money.format(excess)) : "";
    }

    /**
     * Why Validate is off on a configuration with cash rounding where Odoo rounds this order's total: Till does not
     * round, and Odoo would keep the order unpaid without a word (decision 0246).
     */
    private String roundedByOdoo(OrderSnapshot order, Messages messages) {
        ShopSettings.CashRounding rounding = catalog.settings().cashRounding();
        if (order == null || rounding == ShopSettings.CashRounding.NONE || order.order().lines().isEmpty()) {
            return "";
        }
        if (rounding == ShopSettings.CashRounding.ALL) {
            return messages.get("payment.cashRounding.all");
        }
        return order.order().payments().stream().anyMatch(PaymentLine::cash)
                ? messages.get("payment.cashRounding.cash") : "";
    }

    public OrderSession session() {
        return session;
    }

    /** Whether the configuration shows prices tax included (the taxes said to be in the total) or not. */
    public TaxDisplay taxDisplay() {
        return catalog.settings().taxDisplay();
    }

    public List<PaymentMethod> methods() {
        return catalog.paymentMethods();
    }

    /** The server's refreshed catalog (the payment buttons already shown stay until the next start). */
    void replaceCatalog(Catalog fresh) {
        this.catalog = fresh;
    }

    public IntegerProperty selected() {
        return selected;
    }

    /** True while Validate must stay disabled: not fully paid, or a payment is being stored. */
    public BooleanBinding validateDisabled() {
        return validateDisabled;
    }

    /** Adds a line of this method for the remaining amount and selects it. */
    public void addPayment(long methodId) {
        session.edit((register, order) -> register.addPayment(order, methodId, null),
                s -> select(s.order().payments().size() - 1));
    }

    public void select(int index) {
        selected.set(index);
        buffer.reset();
    }

    public void removePayment(int index) {
        session.edit((register, order) -> register.removePayment(order, index),
                s -> select(s.order().payments().size() - 1));
    }

    public void digit(int digit) {
        apply(Optional.of(buffer.digit(digit)));
    }

    public void decimalPoint() {
        apply(Optional.of(buffer.decimalPoint()));
    }

    /** Deletes the last typed character; on an empty entry, removes the selected payment line. */
    public void backspace() {
        Optional<BigDecimal> value = buffer.backspace();
        if (value.isEmpty() && selected.get() >= 0) {
            removePayment(selected.get());
        } else {
            apply(value);
        }
    }

    /** A quick-cash key: adds the amount to the selected line (a note handed over on top). */
    public void addAmount(BigDecimal amount) {
        int index = selected.get();
        OrderSnapshot order = session.current().get();
        if (order == null || index < 0 || index >= order.order().payments().size()) {
            return;
        }
        buffer.reset();
        session.edit((register, o) -> register.setPaymentAmount(o, index,
                o.payments().get(index).amount().add(amount)), s -> { });
    }

    public void validate() {
        if (!validateDisabled.get()) {
            session.pay();
        }
    }

    public void back() {
        session.screen().set(Screen.SELL);
    }

    private void apply(Optional<BigDecimal> amount) {
        int index = selected.get();
        OrderSnapshot order = session.current().get();
        if (amount.isEmpty() || order == null || index < 0 || index >= order.order().payments().size()) {
            return;
        }
        BigDecimal value = amount.get();
        session.edit((register, o) -> register.setPaymentAmount(o, index, value), s -> { });
    }
}
