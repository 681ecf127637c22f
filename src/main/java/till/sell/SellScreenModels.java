package till.sell;

import java.time.ZoneId;
import till.catalog.Catalog;
import till.fx.Async;
import till.register.Register;

/**
 * The view models and formatters of one till screen, built together. Immutable.
 *
 * @param shopName the name in the top bar
 */
public record SellScreenModels(
        SellViewModel sell,
        ProductGridViewModel products,
        CustomerViewModel customers,
        PaymentViewModel payment,
        Receipt receipt,
        MoneyFormat money,
        String shopName) {

    /**
     * Wires the view models of one screen around one register. Call on the FX thread; then
     * {@code sell().session().start()} loads the open orders.
     *
     * @param catalog the register's catalog, already loaded (reading it must not block the FX thread)
     * @param search  where product searches run (a thread of their own, so a payment never waits behind them)
     */
    public static SellScreenModels create(Register register, Catalog catalog, Async async, Async search,
                                          Messages messages, ZoneId zone) {
        return create(register, catalog, async, search, messages, zone, new MoneyFormat(catalog.settings().currency()),
                Beeper.SYSTEM);
    }

    /**
     * Wires the view models as {@link #create(Register, Catalog, Async, Async, Messages, ZoneId)} does, with the
     * amounts written as {@code money} writes them (the till's language: {@code 785,04 €}), beeping through
     * {@code beeper}. Call on the FX thread.
     */
    public static SellScreenModels create(Register register, Catalog catalog, Async async, Async search,
                                          Messages messages, ZoneId zone, MoneyFormat money, Beeper beeper) {
        OrderSession session = new OrderSession(new RegisterCalls(register, async), messages);
        return new SellScreenModels(
                new SellViewModel(session, catalog, messages, beeper),
                new ProductGridViewModel(catalog, search),
                new CustomerViewModel(session, catalog, messages),
                new PaymentViewModel(session, catalog, messages, money),
                new Receipt(catalog, zone),
                money,
                catalog.settings().configName());
    }

    public OrderSession session() {
        return sell.session();
    }

    /**
     * Shows the server's refreshed catalog: products, prices, categories and customers change; the open orders stay
     * as they are (their lines keep the price they were rung up with). FX thread only.
     */
    public void replaceCatalog(Catalog fresh) {
        sell.replaceCatalog(fresh);
        products.replaceCatalog(fresh);
        customers.replaceCatalog(fresh);
        payment.replaceCatalog(fresh);
        receipt.replaceCatalog(fresh);
    }
}
