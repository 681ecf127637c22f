package till.sell;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The till's keyboard, as event filters on the scene: a barcode scanner (digits typed quickly, then Enter), the
 * numpad keys (digits typed at a person's pace go to the numpad once the scanner's key gap has passed, as in
 * Odoo), and shortcuts. Keys typed into a text field are left alone. FX thread only.
 */
final class SellKeyboard {

    private static final KeyCombination NEW_ORDER = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** The numpad's modes, by their initials on the keys (Qty, Disc, Price). */
    private static final Map<KeyCode, NumpadMode> MODE_KEYS = Map.of(KeyCode.Q, NumpadMode.QUANTITY,
            KeyCode.D, NumpadMode.DISCOUNT, KeyCode.P, NumpadMode.PRICE);
    /** The payment screen's methods, in the order of their buttons. */
    static final List<KeyCode> METHOD_KEYS = List.of(KeyCode.F5, KeyCode.F6, KeyCode.F7, KeyCode.F8, KeyCode.F9);

    private final SellViewModel sell;
    private final CustomerViewModel customers;
    private final PaymentViewModel payment;
    private final ProductGridView products;
    private final Runnable focusHome;
    private final BarcodeBuffer barcodes;
    /** Hands digits that were no scan to the numpad once the scanner's key gap has passed. */
    private final PauseTransition flush;
    private final EventHandler<KeyEvent> typed = this::keyTyped;
    private final EventHandler<KeyEvent> pressed = this::keyPressed;
    /** Whether the key map (F1 or ?) is shown. */
    private final BooleanProperty keyMap;
    /** Whether characters came while Pay's large-sale question waits (a scan): its Enter is no Yes. */
    private boolean scannedWhileAsking;

    /**
     * @param focusHome moves the focus out of any text field, back to where scans are heard
     * @param keyMap    whether the key map overlay is shown; F1 and ? toggle it
     */
    SellKeyboard(SellScreenModels models, ProductGridView products, Runnable focusHome, LongSupplier nanoTime,
                 Duration keyGap, BooleanProperty keyMap) {
        this.focusHome = focusHome;
        this.keyMap = keyMap;
        this.sell = models.sell();
        this.customers = models.customers();
        this.payment = models.payment();
        this.products = products;
        this.barcodes = new BarcodeBuffer(nanoTime, keyGap);
        sell.largeSaleQuestion().addListener((obs, old, now) -> scannedWhileAsking = false);
        this.flush = new PauseTransition(javafx.util.Duration.millis(keyGap.toMillis()));
        // Digits typed by hand on the receipt are no scan and have no line to change: they are dropped.
        flush.setOnFinished(e -> {
            String pending = barcodes.takePending();
            if (screen() == Screen.SELL) {
                typeOnNumpad(pending);
            }
        });
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
    }

    void uninstall(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
    }

    private boolean free(KeyEvent event) {
        return !customers.open().get() && !(event.getTarget() instanceof TextInputControl);
    }

    private Screen screen() {
        return sell.session().screen().get();
    }

    private void keyTyped(KeyEvent event) {
        if (!free(event) || event.getCharacter().length() != 1) {
            return;
        }
        char c = event.getCharacter().charAt(0);
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (asking()) {
            // Nothing typed may change the order behind the question: it must be answered first. A scan's digits
            // mean the Enter that ends them is the scanner's, not the cashier's Yes.
            scannedWhileAsking |= c >= ' ';
            event.consume();
            return;
        }
        if (c == '?') {
            keyMap.set(!keyMap.get());
        } else if ((screen() == Screen.SELL || screen() == Screen.RECEIPT) && barcodes.typed(c)) {
            flush.playFromStart();
        } else if (screen() == Screen.PAYMENT && c >= '0' && c <= '9') {
            payment.digit(c - '0');
        } else if (c == '.' || c == ',') {
            if (screen() == Screen.SELL) {
                sell.decimalPoint();
            } else if (screen() == Screen.PAYMENT) {
                payment.decimalPoint();
            }
        } else if (c == '-' && screen() == Screen.SELL) {
            sell.toggleSign();
        } else {
            return;
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        boolean handled;
        if (event.getCode() == KeyCode.F1) {
            keyMap.set(!keyMap.get());
            handled = true;
        } else if (event.getCode() == KeyCode.ESCAPE) {
            escape();
            handled = true;
        } else if (asking()) {
            if (event.getCode() == KeyCode.ENTER && !scannedWhileAsking) {
                sell.confirmLargeSale();
            }
            scannedWhileAsking &= event.getCode() != KeyCode.ENTER;
            handled = true;
        } else if (customers.open().get() || keyMap.get()) {
            handled = false;
        } else if (screen() == Screen.SELL) {
            handled = sellKey(event);
        } else if (screen() == Screen.RECEIPT) {
            handled = free(event) && receiptKey(event);
        } else {
            handled = screen() == Screen.PAYMENT && free(event) && paymentKey(event);
        }
        if (handled) {
            event.consume();
        }
    }

    private boolean sellKey(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean free = free(event);
        if (code == KeyCode.ENTER && free && barcodes.collecting()) {
            flush.stop();
            barcodes.enter().ifPresentOrElse(sell::scanBarcode, () -> typeOnNumpad(barcodes.takePending()));
        } else if (code == KeyCode.F2 || FIND.match(event)) {
            products.search().requestFocus();
        } else if (code == KeyCode.F4) {
            customers.show();
        } else if (code == KeyCode.F12) {
            sell.pay();
        } else if (NEW_ORDER.match(event)) {
            sell.session().newOrder();
        } else if (code == KeyCode.BACK_SPACE && free) {
            sell.backspace();
        } else if (code == KeyCode.DELETE && free) {
            sell.removeSelectedLine();
        } else if ((code == KeyCode.UP || code == KeyCode.DOWN) && free) {
            sell.moveSelection(code == KeyCode.UP ? -1 : 1);
        } else if (free && !event.isShortcutDown() && !event.isAltDown() && MODE_KEYS.containsKey(code)) {
            sell.setMode(MODE_KEYS.get(code));
        } else {
            return false;
        }
        return true;
    }

    /** Enter after a scan starts the next customer's order with that item; Enter alone starts the next order. */
    private boolean receiptKey(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER) {
            return false;
        }
        flush.stop();
        Optional<String> code = barcodes.collecting() ? barcodes.enter() : Optional.empty();
        if (code.isPresent()) {
            sell.scanForNextCustomer(code.get());
        } else {
            sell.session().nextOrder();
        }
        return true;
    }

    private boolean paymentKey(KeyEvent event) {
        int method = METHOD_KEYS.indexOf(event.getCode());
        if (method >= 0 && method < payment.methods().size()) {
            payment.addPayment(payment.methods().get(method).id());
        } else if (event.getCode() == KeyCode.BACK_SPACE) {
            payment.backspace();
        } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F12) {
            payment.validate();
        } else {
            return false;
        }
        return true;
    }

    /** Whether Pay's question about a very large sale waits for its answer. */
    private boolean asking() {
        return sell.largeSaleQuestion().get() != null;
    }

    private void escape() {
        if (asking()) {
            sell.declineLargeSale();
        } else if (keyMap.get()) {
            keyMap.set(false);
        } else if (customers.open().get()) {
            customers.close();
        } else if (screen() == Screen.PAYMENT) {
            payment.back();
        } else if (screen() == Screen.SELL) {
            products.search().clear();
        }
        focusHome.run();
    }

    private void typeOnNumpad(String digits) {
        digits.chars().forEach(c -> sell.digit(c - '0'));
    }
}
