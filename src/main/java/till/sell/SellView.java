package till.sell;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The till screen: top bar, then selling (order panel and products), payment or receipt, with the notice banner and
 * the customer chooser on top. Its {@link SellKeyboard} listens to
 * barcode scans, numpad keys and shortcuts. FX thread only.
 */
public final class SellView extends StackPane {

    /** Opens the order history (the top bar's Orders button). */
    public static final KeyCombination HISTORY_KEY = new KeyCodeCombination(KeyCode.F3);

    private final SellViewModel sell;
    private final CustomerViewModel customers;
    private final PaymentViewModel payment;
    private final BorderPane frame = new BorderPane();
    private final Node selling;
    private final Node paying;
    private final ReceiptView receipt;
    private final ProductGridView products;
    private final SellKeyboard keyboard;
    private final TopBarView topBar;
    /** Whether the key map (F1 / ?) is shown. */
    private final BooleanProperty keyMapOpen = new SimpleBooleanProperty();
    /** What F3 opens: the order history, once offered. */
    private Runnable historyOpener;

    /**
     * @param nanoTime      the clock the barcode recogniser measures key gaps with ({@code System::nanoTime})
     * @param barcodeKeyGap the longest pause between two keys of one scan
     */
    public SellView(SellScreenModels models, Messages messages, LongSupplier nanoTime, Duration barcodeKeyGap) {
        this(models, messages, nanoTime, barcodeKeyGap, Clock.systemUTC());
    }

    /**
     * @param nanoTime      the clock the barcode recogniser measures key gaps with ({@code System::nanoTime})
     * @param barcodeKeyGap the longest pause between two keys of one scan
     * @param clock         the clock the open orders' ages are measured with
     */
    public SellView(SellScreenModels models, Messages messages, LongSupplier nanoTime, Duration barcodeKeyGap,
                    Clock clock) {
        this.sell = models.sell();
        this.customers = models.customers();
        this.payment = models.payment();
        getStyleClass().add("till");
        ScreenScale.install(this);
        MoneyFormat money = models.money();

        OrderPanelView orderPanel = new OrderPanelView(sell, customers, messages, money);
        products = new ProductGridView(models.products(), sell::addProduct, messages, money);
        NoticeBar notice = new NoticeBar(messages);
        keyboard = new SellKeyboard(models, products, () -> {
            // Esc acknowledges a message as OK does, and takes the focus back to where scans are heard.
            notice.dismiss();
            requestFocus();
        }, nanoTime, barcodeKeyGap, keyMapOpen);
        HBox.setHgrow(products, Priority.ALWAYS);
        selling = new HBox(orderPanel, products);
        selling.getStyleClass().add("sell-screen");
        paying = new PaymentView(payment, messages, money);
        receipt = new ReceiptView(sell.session(), models.receipt(), messages);

        topBar = new TopBarView(sell.session(), customers, messages, money, models.shopName(), clock);
        frame.setTop(topBar);
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        notice.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        sell.session().notice().addListener((obs, old, now) -> notice.show(now));
        getChildren().addAll(frame, new CustomerView(customers, messages), notice,
                new KeyMapView(keyMapOpen, messages), new LargeSaleView(sell, messages, money));
        keyMapOpen.addListener((obs, old, open) -> requestFocus());

        // A closed chooser must not keep the focus in its hidden search field, or scans would be typed there.
        customers.open().addListener((obs, old, open) -> {
            if (!open) {
                requestFocus();
            }
        });
        sell.session().screen().addListener((obs, old, now) -> showScreen(now));
        showScreen(sell.session().screen().get());
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                keyboard.uninstall(old);
            }
            if (now != null) {
                install(now);
            }
        });
    }

    /** Puts the connection icons (built by {@code till.status}) into the top bar's status area, left to right. */
    public void addStatus(List<? extends Node> icons) {
        topBar.statusArea().getChildren().addAll(icons);
    }

    /** Offers the order history: the top bar's Orders button and F3 run {@code open}. FX thread only. */
    public void offerHistory(Runnable open) {
        topBar.offerHistory(open);
        historyOpener = open;
    }

    /** Offers Print / Reprint (and Show receipt on the demo printer) on the receipt screen. FX thread only. */
    public void usePrinting(ReceiptPrinting printing) {
        receipt.usePrinting(printing);
    }

    private void install(Scene scene) {
        // On the scene, not on this node: a scanner's keys must be seen wherever the focus is, even on no node.
        keyboard.install(scene);
        scene.getAccelerators().put(HISTORY_KEY, () -> {
            if (historyOpener != null) {
                historyOpener.run();
            }
        });
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
}
