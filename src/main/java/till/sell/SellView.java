package till.sell;

import java.time.Duration;
import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import till.fx.Notice;

/**
 * The till screen: top bar, then selling (order panel and products), payment or receipt, with the notice banner and
 * the customer chooser on top. It also listens to the keyboard: barcode scans and shortcuts. FX thread only.
 */
public final class SellView extends StackPane {

    private static final KeyCombination NEW_ORDER = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final SellViewModel sell;
    private final CustomerViewModel customers;
    private final PaymentViewModel payment;
    private final BarcodeBuffer barcodes;
    private final BorderPane frame = new BorderPane();
    private final Node selling;
    private final Node paying;
    private final Node receipt;
    private final ProductGridView products;
    private final EventHandler<KeyEvent> typed = this::keyTyped;
    private final EventHandler<KeyEvent> pressed = this::keyPressed;

    /**
     * @param nanoTime      the clock the barcode recogniser measures key gaps with ({@code System::nanoTime})
     * @param barcodeKeyGap the longest pause between two keys of one scan
     */
    public SellView(SellScreenModels models, Messages messages, LongSupplier nanoTime, Duration barcodeKeyGap) {
        this.sell = models.sell();
        this.customers = models.customers();
        this.payment = models.payment();
        this.barcodes = new BarcodeBuffer(nanoTime, barcodeKeyGap);
        getStyleClass().add("till");
        MoneyFormat money = models.money();

        OrderPanelView orderPanel = new OrderPanelView(sell, customers, messages, money);
        products = new ProductGridView(models.products(), sell::addProduct, messages, money);
        HBox.setHgrow(products, Priority.ALWAYS);
        selling = new HBox(orderPanel, products);
        selling.getStyleClass().add("sell-screen");
        paying = new PaymentView(payment, messages, money);
        receipt = new ReceiptView(sell.session(), models.receipt(), messages);

        frame.setTop(new TopBarView(sell.session(), messages, models.shopName()));
        Notice notice = new Notice();
        notice.setId("notice");
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        sell.session().notice().addListener((obs, old, now) -> notice.show(now.text(), now.error()));
        getChildren().addAll(frame, new CustomerView(customers, messages), notice);

        sell.session().screen().addListener((obs, old, now) -> showScreen(now));
        showScreen(sell.session().screen().get());
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_TYPED, typed);
                old.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
            }
            if (now != null) {
                install(now);
            }
        });
    }

    private void install(Scene scene) {
        // On the scene, not on this node: a scanner's keys must be seen wherever the focus is, even on no node.
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        // Keys typed while no control has the focus go to the scene's root: start with the focus there, not in
        // the search field, so a scan lands in the barcode recogniser.
        setFocusTraversable(true);
        scene.windowProperty().addListener((obs, old, now) -> requestFocus());
        requestFocus();
    }

    private void showScreen(Screen screen) {
        frame.setCenter(switch (screen) {
            case SELL -> selling;
            case PAYMENT -> paying;
            case RECEIPT -> receipt;
        });
        if (screen == Screen.PAYMENT) {
            payment.select(sell.session().current().get() == null ? -1
                    : sell.session().current().get().order().payments().size() - 1);
        }
        requestFocus();
    }

    /** Digits typed outside a text field, on the selling screen, are a barcode being scanned. */
    private void keyTyped(KeyEvent event) {
        if (!scanning(event) || event.getCharacter().length() != 1) {
            return;
        }
        if (barcodes.typed(event.getCharacter().charAt(0))) {
            event.consume();
        }
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && scanning(event) && barcodes.collecting()) {
            barcodes.enter().ifPresent(sell::scanBarcode);
            event.consume();
            return;
        }
        if (shortcut(event)) {
            event.consume();
        }
    }

    private boolean scanning(KeyEvent event) {
        return sell.session().screen().get() == Screen.SELL && !customers.open().get()
                && !(event.getTarget() instanceof TextInputControl);
    }

    private boolean shortcut(KeyEvent event) {
        Screen screen = sell.session().screen().get();
        if (event.getCode() == KeyCode.ESCAPE) {
            escape(screen);
            return true;
        }
        if (screen != Screen.SELL || customers.open().get()) {
            return false;
        }
        if (event.getCode() == KeyCode.F2 || FIND.match(event)) {
            products.search().requestFocus();
        } else if (event.getCode() == KeyCode.F4) {
            customers.show();
        } else if (event.getCode() == KeyCode.F12) {
            sell.pay();
        } else if (NEW_ORDER.match(event)) {
            sell.session().newOrder();
        } else if (event.getCode() == KeyCode.DELETE && !(event.getTarget() instanceof TextInputControl)) {
            sell.removeSelectedLine();
        } else {
            return false;
        }
        return true;
    }

    private void escape(Screen screen) {
        if (customers.open().get()) {
            customers.close();
        } else if (screen == Screen.PAYMENT) {
            payment.back();
        } else if (screen == Screen.SELL) {
            products.search().clear();
        }
        requestFocus();
    }
}
