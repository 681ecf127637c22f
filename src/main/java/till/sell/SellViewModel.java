package till.sell;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import till.catalog.Catalog;
import till.catalog.Product;
import till.order.LargeSale;
import till.order.OrderLine;
import till.order.ShownPrices;

/**
 * Ringing up the current order: adding products by tile or barcode, selecting a line, the numpad in its three
 * modes, removing a line, Pay (with its question before a very large sale). FX thread only; every change goes through
 * the {@link OrderSession}. Just over 250 lines: Pay's question belongs to Pay.
 */
public final class SellViewModel {

    private final OrderSession session;
    private Catalog catalog;
    /** The lines' prices as the catalog's configuration shows them; replaced with the catalog. */
    private ShownPrices shownPrices;
    private final Messages messages;
    private final Beeper beeper;
    private final NumpadBuffer buffer = new NumpadBuffer();
    /** The selected line's id, or null. */
    private final ObjectProperty<Integer> selectedLine = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<NumpadMode> mode = new ReadOnlyObjectWrapper<>(NumpadMode.QUANTITY);
    /** Above which a sale is confirmed before payment (till.properties, {@code sale.confirm-above.*}). */
    private LargeSale largeSale = LargeSale.DEFAULT;
    /** The large sale Pay asks about, or null when nothing is asked. */
    private final ReadOnlyObjectWrapper<LargeSale.Question> largeSaleQuestion = new ReadOnlyObjectWrapper<>();

    public SellViewModel(OrderSession session, Catalog catalog, Messages messages) {
        this(session, catalog, messages, Beeper.SYSTEM);
    }

    /** @param beeper sounds when a scan finds no product: the cashier's eyes are on the scanner, not the screen */
    public SellViewModel(OrderSession session, Catalog catalog, Messages messages, Beeper beeper) {
        this.beeper = beeper;
        this.session = session;
        this.catalog = catalog;
        this.shownPrices = ShownPrices.of(catalog);
        this.messages = messages;
        // A resumed or new order starts with its last line selected and a fresh numpad entry in quantity mode, as
        // Odoo's POS does: a discount mode left on would turn the next customer's "2" into 2 %.
        session.current().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.uid().equals(now.uid())) {
                largeSaleQuestion.set(null);
                mode.set(NumpadMode.QUANTITY);
                selectLastLine(now);
            }
        });
    }

    public OrderSession session() {
        return session;
    }

    /** The server's refreshed catalog: barcodes scanned from now on are looked up in it. */
    void replaceCatalog(Catalog fresh) {
        this.catalog = fresh;
        this.shownPrices = ShownPrices.of(fresh);
    }

    /** Each line's unit price and total as the POS configuration shows them (tax included or not). */
    public ShownPrices shownPrices() {
        return shownPrices;
    }

    public ObjectProperty<Integer> selectedLine() {
        return selectedLine;
    }

    public ReadOnlyObjectProperty<NumpadMode> mode() {
        return mode.getReadOnlyProperty();
    }

    /** Adds one of the product (a new line, or one more on its line) and puts the numpad back in quantity mode. */
    public void addProduct(long productId) {
        setMode(NumpadMode.QUANTITY);
        session.edit((register, order) -> register.addProduct(order, productId), s -> selectProductLine(s, productId));
    }

    /** A scanned code: adds its product, or says that no product has it. */
    public void scanBarcode(String code) {
        Optional<Product> product = catalog.productByBarcode(code);
        if (product.isEmpty()) {
            unknownBarcode(code);
            return;
        }
        addProduct(product.get().id());
    }

    /**
     * A code scanned while the receipt shows: the next customer's first item. It starts their order with it, so no
     * scan is lost; an unknown code leaves the receipt and says so.
     */
    public void scanForNextCustomer(String code) {
        Optional<Product> product = catalog.productByBarcode(code);
        if (product.isEmpty()) {
            unknownBarcode(code);
            return;
        }
        session.startNextCustomer(() -> addProduct(product.get().id()));
    }

    /** Selects the line above ({@code -1}) or below ({@code 1}) the selected one, for the arrow keys. */
    public void moveSelection(int step) {
        OrderSnapshot order = session.current().get();
        if (order == null || order.order().lines().isEmpty()) {
            return;
        }
        List<OrderLine> lines = order.order().lines();
        int at = selected().map(lines::indexOf).orElse(lines.size());
        int next = Math.max(0, Math.min(lines.size() - 1, at + step));
        selectLine(lines.get(next).lineId());
    }

    public void selectLine(Integer lineId) {
        selectedLine.set(lineId);
        buffer.reset();
    }

    public void setMode(NumpadMode newMode) {
        mode.set(newMode);
        buffer.reset();
    }

    public void digit(int digit) {
        apply(buffer.digit(digit));
    }

    public void decimalPoint() {
        apply(buffer.decimalPoint());
    }

    public void toggleSign() {
        selected().ifPresent(line -> apply(buffer.toggleSign(valueOf(line))));
    }

    /** Deletes the last typed character; on an empty entry in quantity mode, removes the line as Odoo does. */
    public void backspace() {
        Optional<BigDecimal> value = buffer.backspace();
        if (value.isPresent()) {
            apply(value.get());
        } else if (mode.get() == NumpadMode.QUANTITY) {
            removeSelectedLine();
        } else if (mode.get() == NumpadMode.DISCOUNT) {
            apply(BigDecimal.ZERO);
        }
    }

    public void removeSelectedLine() {
        selected().ifPresent(line -> session.edit((register, order) -> register.removeLine(order, line.lineId()),
                this::selectLastLine));
    }

    /** Goes to the payment screen, unless the order is empty; a very large sale is first asked about. */
    public void pay() {
        OrderSnapshot order = session.current().get();
        if (order == null || order.order().lines().isEmpty()) {
            session.tell(messages.get("notice.emptyOrder"), false);
            return;
        }
        Optional<LargeSale.Question> question = largeSale.check(order.order().lines(), order.totals().total());
        if (question.isPresent()) {
            largeSaleQuestion.set(question.get());
            return;
        }
        session.screen().set(Screen.PAYMENT);
    }

    /** The limits above which Pay asks before the payment screen. */
    public void useLargeSale(LargeSale limits) {
        this.largeSale = limits;
    }

    /** The large sale being asked about (amount and largest quantity), or null. */
    public ReadOnlyObjectProperty<LargeSale.Question> largeSaleQuestion() {
        return largeSaleQuestion.getReadOnlyProperty();
    }

    /** Yes: the cashier confirms the large sale; on to the payment screen. */
    public void confirmLargeSale() {
        if (largeSaleQuestion.get() != null) {
            largeSaleQuestion.set(null);
            session.screen().set(Screen.PAYMENT);
        }
    }

    /** No: back to the order, untouched, to correct it. */
    public void declineLargeSale() {
        largeSaleQuestion.set(null);
    }

    private void unknownBarcode(String code) {
        beeper.beep();
        session.tell(messages.get("notice.unknownBarcode", code), true);
    }

    private void apply(BigDecimal value) {
        Optional<OrderLine> line = selected();
        if (line.isEmpty()) {
            return;
        }
        int lineId = line.get().lineId();
        switch (mode.get()) {
            case QUANTITY -> session.edit((register, order) -> register.setQuantity(order, lineId, value), s -> { });
            case DISCOUNT -> {
                BigDecimal percent = value.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
                session.edit((register, order) -> register.setDiscount(order, lineId, percent), s -> { });
            }
            case PRICE -> session.edit((register, order) -> register.setPrice(order, lineId, value), s -> { });
            default -> throw new IllegalStateException(mode.get().toString());
        }
    }

    private BigDecimal valueOf(OrderLine line) {
        return switch (mode.get()) {
            case QUANTITY -> line.qty();
            case DISCOUNT -> line.discount();
            case PRICE -> line.priceUnit();
        };
    }

    private Optional<OrderLine> selected() {
        OrderSnapshot order = session.current().get();
        Integer id = selectedLine.get();
        if (order == null || id == null) {
            return Optional.empty();
        }
        return order.order().lines().stream().filter(l -> l.lineId() == id).findFirst();
    }

    private void selectProductLine(OrderSnapshot snapshot, long productId) {
        if (session.current().get() != snapshot) {
            return;
        }
        snapshot.order().lines().stream().filter(l -> l.productId() == productId)
                .max(Comparator.comparingInt(OrderLine::lineId))
                .ifPresent(line -> selectLine(line.lineId()));
    }

    private void selectLastLine(OrderSnapshot snapshot) {
        selectLine(snapshot == null || snapshot.order().lines().isEmpty() ? null
                : snapshot.order().lines().get(snapshot.order().lines().size() - 1).lineId());
    }
}
