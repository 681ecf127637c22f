package till.sell;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import till.catalog.Catalog;
import till.catalog.Customer;

/**
 * Choosing the current order's customer from the cached customers, searched by name, phone or e-mail. FX thread
 * only.
 */
public final class CustomerViewModel {

    private static final int LIMIT = 200;

    private final OrderSession session;
    private Catalog catalog;
    private final Messages messages;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Customer> customers = FXCollections.observableArrayList();
    /** One wrapper for all callers: it holds its listeners only weakly on the backing list. */
    private final ObservableList<Customer> customersView = FXCollections.unmodifiableObservableList(customers);
    private final StringBinding customerLabel;

    public CustomerViewModel(OrderSession session, Catalog catalog, Messages messages) {
        this.session = session;
        this.catalog = catalog;
        this.messages = messages;
        customerLabel = Bindings.createStringBinding(this::labelText, session.current());
        query.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The server's refreshed customers: the list (keeping the search) and the current order's name follow. */
    void replaceCatalog(Catalog fresh) {
        this.catalog = fresh;
        refresh();
        customerLabel.invalidate();
    }

    /** Whether the customer chooser is shown. */
    public BooleanProperty open() {
        return open;
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<Customer> customers() {
        return customersView;
    }

    /** The current order's customer name, or the "choose a customer" text. */
    public StringBinding customerLabel() {
        return customerLabel;
    }

    /** The customer's name, or the "unknown customer" text when the catalog no longer has it. */
    public String nameOf(long customerId) {
        return catalog.customer(customerId).map(Customer::name).orElse(messages.get("customer.unknown"));
    }

    public void show() {
        query.set("");
        open.set(true);
    }

    public void close() {
        open.set(false);
    }

    public void choose(long customerId) {
        session.edit((register, order) -> register.setCustomer(order, customerId), s -> { });
        close();
    }

    public void clearCustomer() {
        session.edit((register, order) -> register.setCustomer(order, null), s -> { });
        close();
    }

    private String labelText() {
        OrderSnapshot order = session.current().get();
        if (order == null || order.order().customerId() == null) {
            return messages.get("customer.none");
        }
        return nameOf(order.order().customerId());
    }

    private void refresh() {
        String q = query.get().strip().toLowerCase(Locale.ROOT);
        customers.setAll(catalog.customers().stream()
                .filter(c -> q.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(q)
                        || c.phone().replace(" ", "").contains(q.replace(" ", ""))
                        || c.email().toLowerCase(Locale.ROOT).contains(q))
                .limit(LIMIT).toList());
    }
}
