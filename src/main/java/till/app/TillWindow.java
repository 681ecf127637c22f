package till.app;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Side;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import till.i18n.Texts;
import till.setup.KioskConfig;
import till.pin.ManagerPin;
import till.kiosk.KioskStage;
import till.pin.PinCheck;
import till.kiosk.PinDialog;
import till.status.ExportChooser;

/**
 * The till's window and how it closes: in kiosk mode full screen, and closing or leaving it needs the manager PIN;
 * then, in both modes, the warning about paid orders that still wait (decision 0103). Every close request (the
 * window's button, Alt+F4, the window manager) is consumed and goes through this one flow. Its words, and those of the
 * windows it opens, are in the till's language ({@code till.app.texts}). FX thread only.
 */
final class TillWindow {

    /** Opens the manager menu in kiosk mode, for a keyboard without a pointer. */
    static final KeyCombination MANAGER_KEYS = new KeyCodeCombination(KeyCode.M, KeyCombination.CONTROL_DOWN,
            KeyCombination.ALT_DOWN);

    private final ClosingGuard guard;
    private final PinDialog pin;
    private final boolean pinSet;
    private final Runnable exit;
    private final Texts texts;
    private final ReadOnlyBooleanWrapper kiosk = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper drawer = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper refunds = new ReadOnlyBooleanWrapper(false);
    private final Button manager;
    private final ContextMenu menu;
    /** Outside kiosk mode, where the manager's button is hidden: the way to the closing screen. */
    private final Button session;
    private final MenuItem closeSession;
    /** Outside kiosk mode, next to "Close session": cash in / out (the manager's menu has it too). */
    private final Button cashMove;
    private Stage stage;
    private KioskStage kioskStage;
    /** Where the ordinary window opens: the last start's place, else maximised (decision 0243). */
    private Optional<WindowPlacement> remembered = Optional.empty();
    /** The ordinary window's placement as it closed, for the composition root to keep; null in kiosk mode. */
    private volatile WindowPlacement closedAt;

    /**
     * @param pinSet whether a manager PIN is set: then the settings need it too, in and out of kiosk mode
     * @param exit   what runs after the window closed (production: {@code Platform::exit})
     */
    TillWindow(TillScreen screen, PinDialog pin, boolean pinSet, ExportChooser chooser, Runnable exit) {
        this.guard = new ClosingGuard(screen, chooser);
        this.pin = pin;
        this.pinSet = pinSet;
        this.exit = exit;
        this.texts = Texts.of("till.app.texts", screen.locale());
        manager = new Button(texts.get("manager"), new FontIcon("mdi2s-shield-key-outline"));
        session = new Button(texts.get("bar.close.session"), new FontIcon("mdi2c-cash-register"));
        closeSession = new MenuItem(texts.get("manager.close.session"));
        cashMove = new Button(texts.get("bar.cash.move"), new FontIcon("mdi2c-cash-multiple"));
        MenuItem close = new MenuItem(texts.get("manager.close.till"));
        close.setId("manager-close");
        close.setOnAction(e -> requestClose());
        MenuItem leave = new MenuItem(texts.get("manager.leave.kiosk"));
        leave.setId("manager-leave-kiosk");
        leave.setOnAction(e -> leaveKiosk());
        leave.disableProperty().bind(kiosk.not());
        closeSession.setId("manager-close-session");
        closeSession.setDisable(true);
        menu = new ContextMenu(closeSession, close, leave);
        menu.getStyleClass().add("manager-menu");
        manager.setId("manager");
        manager.getStyleClass().add("bar-button");
        manager.setFocusTraversable(false);
        manager.setTooltip(new Tooltip(texts.get("manager.tooltip")));
        manager.setOnAction(e -> menu.show(manager, Side.BOTTOM, 0, 0));
        // Outside kiosk mode it shows only for the cash drawer and refunds.
        manager.visibleProperty().bind(kiosk.or(drawer).or(refunds));
        manager.managedProperty().bind(kiosk.or(drawer).or(refunds));
        manager.disableProperty().bind(kiosk.or(drawer).or(refunds).not());
        session.setId("close-session");
        session.getStyleClass().add("bar-button");
        session.setFocusTraversable(false);
        session.setTooltip(new Tooltip(texts.get("bar.close.session.tooltip")));
        session.visibleProperty().bind(kiosk.not());
        session.managedProperty().bind(kiosk.not());
        session.setDisable(true);
        cashMove.setId("cash-move");
        cashMove.getStyleClass().add("bar-button");
        cashMove.setFocusTraversable(false);
        cashMove.setTooltip(new Tooltip(texts.get("bar.cash.move.tooltip")));
        cashMove.visibleProperty().bind(kiosk.not().and(cashMove.disableProperty().not()));
        cashMove.managedProperty().bind(cashMove.visibleProperty());
        cashMove.setDisable(true);
    }

    /** The cash in / out button for the status area: shown outside kiosk mode once cash moves are offered. */
    Node cashMoveButton() {
        return cashMove;
    }

    /**
     * Offers the cash in / out screen from the manager's menu and the status area's button, behind the manager PIN
     * when one is set (as "Open cash drawer": it opens the drawer), when a server takes the till's cash moves.
     */
    void offerCashMoves(TillScreen screen) {
        if (screen.cashMoveModel(Platform::runLater).isEmpty()) {
            return;
        }
        Runnable open = () -> screen.cashMoveModel(Platform::runLater).ifPresent(model ->
                CashMoveDesk.show(stage, model, texts));
        MenuItem item = new MenuItem(texts.get("manager.cash.move"));
        item.setId("manager-cash-move");
        item.setOnAction(e -> managerGate(texts.get("pin.cash.move")).accept(open));
        menu.getItems().add(0, item);
        cashMove.setOnAction(e -> managerGate(texts.get("pin.cash.move")).accept(open));
        cashMove.setDisable(false);
    }

    /**
     * Adds "Open cash drawer" to the manager's menu, behind the manager PIN when one is set; the Manager button then
     * shows outside kiosk mode too.
     *
     * @param openDrawer queues the drawer kick; returns at once
     */
    void offerDrawer(Runnable openDrawer) {
        MenuItem open = new MenuItem(texts.get("manager.open.drawer"));
        open.setId("manager-open-drawer");
        open.setOnAction(e -> managerGate(texts.get("pin.open.drawer")).accept(openDrawer));
        menu.getItems().add(0, open);
        drawer.set(true);
        manager.setTooltip(new Tooltip(texts.get("manager.tooltip.drawer")));
    }


    /**
     * Adds "Refund an order" to the manager's menu, behind the manager PIN when one is set (a refund pays money out);
     * the Manager button then shows outside kiosk mode too.
     */
    void offerRefunds(TillScreen screen) {
        MenuItem refund = new MenuItem(texts.get("manager.refund"));
        refund.setId("manager-refund");
        refund.setOnAction(e -> managerGate(texts.get("pin.refund")).accept(() -> refund(screen, Optional.empty())));
        menu.getItems().add(0, refund);
        refunds.set(true);
        screen.offerRefundFromHistory(order -> refundOrder(screen, order.uid()));
    }

    /**
     * Opens the refund screen on this order (uid or name), behind the manager PIN when one is set: the entry for the
     * order history screen.
     */
    void refundOrder(TillScreen screen, String order) {
        managerGate(texts.get("pin.refund")).accept(() -> refund(screen, Optional.of(order)));
    }

    private void refund(TillScreen screen, Optional<String> order) {
        RefundWindow.show(stage, screen.refundModel(Platform::runLater), order, texts);
    }

    /** The closing screen's button for the status area: shown outside kiosk mode (the manager's menu has it). */
    Node sessionButton() {
        return session;
    }

    /**
     * Offers the closing screen from the manager's menu and the session button, when a server can close the till's
     * session; the override of a refusal asks for the manager PIN when one is set.
     */
    void offerSessionClosing(TillScreen screen) {
        if (screen.closingModel(Platform::runLater).isPresent()) {
            offerSessionClosing(() -> screen.closingModel(Platform::runLater).ifPresent(model ->
                    ClosingWindow.show(stage, model, managerGate(texts.get("pin.close.unsent")),
                            screen.money(), java.util.Optional.of(() -> OpeningWindow.show(stage, screen)), texts)));
        }
    }

    /**
     * Shows the opening screen when the server's session of the till's POS configuration waits for its opening count
     * or none is open (asked off the FX thread; the answer comes later).
     */
    void offerSessionOpening(TillScreen screen) {
        screen.openings().whenDue(Platform::runLater, () -> OpeningWindow.show(stage, screen));
    }

    private void offerSessionClosing(Runnable open) {
        closeSession.setOnAction(e -> open.run());
        closeSession.setDisable(false);
        session.setOnAction(e -> open.run());
        session.setDisable(false);
    }

    /** Runs a manager's action after the PIN when one is set (a close with unsent orders). */
    Consumer<Runnable> managerGate(String action) {
        return allowed -> {
            if (pinSet) {
                pin.ask(stage, action, allowed);
            } else {
                allowed.run();
            }
        };
    }

    /** The PIN dialog's check on the stored PIN; blocks for the hash, so the dialog runs it on an I/O thread. */
    static PinCheck pinCheck(ManagerPin managerPin) {
        return typed -> PinCheck.Answer.of(managerPin.check(typed));
    }

    /** The manager's button for the status area: shown in kiosk mode only. */
    Node managerButton() {
        return manager;
    }

    /** What the settings button does: asks for the PIN first when one is set. */
    Consumer<Runnable> settingsGate() {
        return open -> {
            if (pinSet) {
                pin.ask(stage, PinDialog.Action.SETTINGS, open);
            } else {
                open.run();
            }
        };
    }

    /** Opens the ordinary window at this placement instead of maximised; call before {@link #show}. */
    void remember(Optional<WindowPlacement> placement) {
        remembered = placement;
    }

    /** The ordinary window's placement when it closed: empty before, and in kiosk mode. Thread-safe. */
    Optional<WindowPlacement> closedPlacement() {
        return Optional.ofNullable(closedAt);
    }

    /** Shows the till on a stage that was never shown, as a kiosk when {@code config} says so. */
    void show(Stage primary, Parent root, String title, KioskConfig config) {
        stage = primary;
        stage.setTitle(title);
        if (config.enabled()) {
            kioskStage = KioskStage.apply(stage, config.screen());
            kiosk.set(true);
            stage.setScene(new Scene(root));
        } else {
            stage.setScene(new Scene(root, 1024, 768));
            place(stage);
        }
        dress(stage);
        stage.show();
    }

    /** Takes this window away without its close flow, for a restart: the new till's window shows first. */
    void retire() {
        if (kiosk.get()) {
            kioskStage.release();
        }
        stage.setOnCloseRequest(null);
        stage.hide();
    }

    /** The last start's place when it still fits a screen; else maximised, on the primary screen. */
    private void place(Stage window) {
        Optional<WindowPlacement> fitting = remembered.filter(WindowPlacement::fitsAScreen);
        if (fitting.isPresent()) {
            fitting.get().applyTo(window);
        } else {
            window.setMaximized(true);
        }
    }

    ReadOnlyBooleanProperty kiosk() {
        return kiosk.getReadOnlyProperty();
    }

    Stage stage() {
        return stage;
    }

    /** What a close request does: in kiosk mode the PIN first, then the warning about waiting orders. */
    void requestClose() {
        if (kiosk.get()) {
            pin.ask(stage, PinDialog.Action.CLOSE_TILL, this::closeGuarded);
        } else {
            closeGuarded();
        }
    }

    /** Asks for the PIN, then puts the till into an ordinary window (until the next start). */
    void leaveKiosk() {
        if (kiosk.get()) {
            pin.ask(stage, PinDialog.Action.LEAVE_KIOSK, this::toOrdinaryWindow);
        }
    }

    private void closeGuarded() {
        guard.close(stage, () -> {
            if (!kiosk.get()) {
                closedAt = WindowPlacement.of(stage, remembered.orElse(null));
            }
            stage.close();
            exit.run();
        });
    }

    /** A shown stage's style cannot change: the till moves to a new, decorated stage, and the kiosk one closes. */
    private void toOrdinaryWindow() {
        Stage old = stage;
        kioskStage.release();
        Parent root = old.getScene().getRoot();
        old.getScene().setRoot(new Group());
        stage = new Stage();
        stage.setTitle(old.getTitle());
        stage.setScene(new Scene(root, 1024, 768));
        place(stage);
        dress(stage);
        kiosk.set(false);
        // The new window shows before the old one hides, so the toolkit never sees zero windows and exits.
        stage.show();
        old.setOnCloseRequest(null);
        old.hide();
    }

    private void dress(Stage window) {
        window.setMinWidth(800);
        window.setMinHeight(600);
        window.setOnCloseRequest(this::onCloseRequest);
        window.getScene().getAccelerators().put(MANAGER_KEYS, manager::fire);
    }

    private void onCloseRequest(WindowEvent event) {
        // Always consumed: the flow decides, and closes the window itself when it may.
        event.consume();
        requestClose();
    }
}
