package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.cashmove.CashMoveViewModel;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.closing.ClosingViewModel;
import till.closing.OpeningView;
import till.closing.OpeningViewModel;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.fx.Async;
import till.history.HistoryViewModel;
import till.history.ReceiptCopies;
import till.i18n.PseudoLocale;
import till.i18n.Texts;
import till.odoo.Credentials;
import till.odoo.OdooSessionServer;
import till.order.PaidOrder;
import till.refund.RefundViewModel;
import till.refunds.Refunds;
import till.refunds.ServerRefunds;
import till.sell.MoneyFormat;
import till.session.CashMoveBook;
import till.session.Denominations;
import till.session.OrderHistory;
import till.session.SessionClosing;
import till.session.SessionOpening;
import till.store.TillStore;
import till.testsupport.Await;
import till.testsupport.PaidOrders;
import till.testsupport.RefundOrders;

/**
 * The day's screens (closing with an unsent order and with all sent, the Z report, opening, history, refund, cash in /
 * out) in each shipped language and the pseudo-locale, over a real store and the demo server: no text a person reads
 * is still English where the language says it otherwise, no bundle key shows, and no label is cut off.
 */
@ExtendWith(ApplicationExtension.class)
class DayScreensInEveryLanguageTest {

    /** The bundles of these screens. */
    private static final List<String> BUNDLES = List.of("till.closing.texts", "till.cashmove.texts",
            "till.history.texts", "till.refund.texts", "till.app.texts");
    private static DemoServer server;

    @TempDir
    Path dir;
    private Stage owner;
    private TillStore store;
    private final List<Stage> windows = new ArrayList<>();
    private final ExecutorService io = Executors.newSingleThreadExecutor();

    static Stream<Locale> languages() {
        return Stream.of(Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"),
                PseudoLocale.LOCALE);
    }

    @BeforeAll
    static void startServer() throws IOException {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V18));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        this.owner = stage;
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        fx(() -> {
            windows.forEach(Stage::close);
            owner.hide();
            return null;
        });
        io.shutdownNow();
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theClosingScreenWithAllSentWithAnUnsentOrderAndItsZReport(Locale locale) throws Exception {
        store = TillStore.open(dir, Clock.systemUTC());
        int session = server.openSession();
        Catalog catalog = DemoCatalog.load();
        ClosingViewModel model = fx(() -> new ClosingViewModel(new SessionClosing(store.sessionOrders(),
                store.cashMoves(), sessions(), Clock.systemUTC()), session, catalog.paymentMethods(), List.of(),
                BigDecimal.ZERO, () -> { }, async(), locale, ZoneOffset.UTC));
        Stage window = fx(() -> ClosingWindow.show(owner, model, Runnable::run, money(catalog),
                Optional.of(() -> { }), texts(locale)));
        windows.add(window);
        Await.until(() -> read(() -> model.step().get()) == ClosingViewModel.Step.COUNTING, "the session is read", 10);
        assertTranslated(window, locale, "closing, all sent");

        store.outbox().commitPaid(PaidOrders.paid(session, 1, 46, "1.98", 2, Instant.now()));
        fx(() -> {
            model.load();
            return null;
        });
        Await.until(() -> read(() -> model.step().get() == ClosingViewModel.Step.COUNTING
                && model.unsent().size() == 1), "the unsent order is listed", 10);
        assertTranslated(window, locale, "closing, an unsent order");

        fx(() -> {
            model.countedText().set("0");
            model.note().set("-");
            model.overrideReason().set("-");
            model.closeWithOverride();
            return null;
        });
        Await.until(() -> read(() -> model.step().get()) == ClosingViewModel.Step.CLOSED, "the session closed", 10);
        assertTranslated(window, locale, "closing, closed");
        String report = read(() -> String.join("\n", model.report()));
        assertThat(englishLeft(List.of(report.split("\n")), locale)).as("the Z report in " + locale).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theOpeningScreen(Locale locale) throws Exception {
        // Whatever an earlier test left open is closed: the next session waits for its opening count.
        server.openSession();
        server.closeCurrentSession();
        server.createSession();
        Catalog catalog = DemoCatalog.load();
        OpeningViewModel model = fx(() -> new OpeningViewModel(new SessionOpening(sessions()),
                Denominations.of("EUR"), BigDecimal.ZERO, id -> { }, async(), locale));
        Stage window = fx(() -> show(new OpeningView(model, money(catalog)::format), 620, 640));
        fx(() -> {
            model.load();
            return null;
        });
        Await.until(() -> read(() -> model.step().get()) == OpeningViewModel.Step.COUNTING, "the count is asked", 10);
        assertTranslated(window, locale, "opening");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theHistoryTheRefundAndTheCashMoveScreens(Locale locale) throws Exception {
        store = TillStore.open(dir, Clock.systemUTC());
        PaidOrder original = RefundOrders.original(7, 100, 27, 49, 2, Instant.now());
        store.outbox().commitPaid(original);
        Catalog catalog = RefundOrders.catalog(7);
        OrderHistory history = new OrderHistory(store.sessionOrders());
        HistoryViewModel historyModel = fx(() -> new HistoryViewModel(() -> history.of(7, catalog), paid -> List.of(),
                ReceiptCopies.NONE, Optional.empty(), async(), locale));
        historyModel.offerRefund(order -> { });
        Stage historyWindow = fx(() -> HistoryWindow.show(owner, historyModel, money(catalog), texts(locale)));
        windows.add(historyWindow);
        Await.until(() -> read(() -> historyModel.orders().size()) == 1, "the order is listed", 10);
        assertTranslated(historyWindow, locale, "history");
        fx(() -> {
            historyWindow.getScene().getRoot().lookupAll(".tab-pane").forEach(t -> ((TabPane) t)
                    .getSelectionModel().select(1));
            historyModel.searchServer();
            return null;
        });
        assertTranslated(historyWindow, locale, "history, the server's tab");

        Refunds refunds = new Refunds(() -> catalog, store.refundHistory(), ServerRefunds.NONE, store.orderNumbers(),
                store.outbox(), Clock.systemUTC());
        RefundViewModel refund = fx(() -> new RefundViewModel(refunds, catalog.paymentMethods(), async(),
                order -> { }, locale));
        Stage refundWindow = fx(() -> RefundWindow.show(owner, refund, Optional.of(original.uid()), texts(locale)));
        windows.add(refundWindow);
        Await.until(() -> read(() -> refund.step().get()) == RefundViewModel.Step.CHOOSING, "the order is found", 10);
        fx(() -> {
            refund.more(refund.rows().get(0));
            return null;
        });
        Await.until(() -> read(() -> refund.payable().get()), "the amount to pay out", 10);
        assertTranslated(refundWindow, locale, "refund");

        CashMoveViewModel cash = fx(() -> new CashMoveViewModel(new CashMoveBook(store.cashMoves(),
                Clock.systemUTC(), () -> { }), 7, move -> { }, async(), locale));
        Stage cashWindow = fx(() -> CashMoveDesk.show(owner, cash, texts(locale)));
        windows.add(cashWindow);
        assertTranslated(cashWindow, locale, "cash in / out");
        fx(() -> {
            cash.amountText().set("20");
            cash.reason().set("-");
            cash.confirm();
            return null;
        });
        Await.until(() -> read(() -> cash.step().get()) == CashMoveViewModel.Step.DONE, "the move is recorded", 10);
        assertTranslated(cashWindow, locale, "cash in / out, recorded");
    }

    @Test
    void theCashMoveScreenMirroredForARightToLeftLanguageKeepsEveryLabelWhole() throws Exception {
        store = TillStore.open(dir, Clock.systemUTC());
        CashMoveViewModel cash = fx(() -> new CashMoveViewModel(new CashMoveBook(store.cashMoves(),
                Clock.systemUTC(), () -> { }), 7, move -> { }, async(), PseudoLocale.LOCALE));
        Stage window = fx(() -> {
            Stage stage = CashMoveDesk.show(owner, cash, texts(PseudoLocale.LOCALE));
            stage.getScene().setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            return stage;
        });
        windows.add(window);
        assertTranslated(window, PseudoLocale.LOCALE, "cash in / out, right to left");
        double in = fx(() -> window.getScene().lookup("#cash-move-in").localToScene(0, 0).getX());
        double out = fx(() -> window.getScene().lookup("#cash-move-out").localToScene(0, 0).getX());
        assertThat(in).as("the first choice stands on the right").isGreaterThan(out);
    }

    private void assertTranslated(Stage window, Locale locale, String screen) throws Exception {
        Parent root = window.getScene().getRoot();
        fx(() -> {
            root.applyCss();
            root.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            // On a busy machine a cell or a label may be drawn a pulse after its text changed: a cut that stays is
            // reported below, one that was only a layout behind is not.
            Await.until(() -> read(() -> cutOff(root)).isEmpty(), screen + " laid out", 5);
        } catch (AssertionError stillCut) {
            // reported by the assertion below, with what is cut
        }
        List<String> shown = fx(() -> shownTexts(window));
        assertThat(shown).as(screen + ": texts read").isNotEmpty();
        assertThat(englishLeft(shown, locale)).as(screen + " in " + locale + ": English or keys left").isEmpty();
        assertThat(fx(() -> cutOff(root))).as(screen + " in " + locale + ": cut off").isEmpty();
        if (window.getTitle() != null) {
            assertThat(englishLeft(List.of(window.getTitle()), locale)).as(screen + ": the title").isEmpty();
        }
    }

    /** Every text shown: labels, buttons, cells, tabs, tooltips and the prompts of empty fields. */
    private static List<String> shownTexts(Stage window) {
        List<String> texts = new ArrayList<>();
        for (Node node : window.getScene().getRoot().lookupAll("*")) {
            if (!shown(node)) {
                continue;
            }
            if (node instanceof Labeled labeled) {
                texts.add(labeled.getText());
                if (labeled.getTooltip() != null) {
                    texts.add(labeled.getTooltip().getText());
                }
            } else if (node instanceof TextInputControl input) {
                texts.add(input.getPromptText());
            } else if (node instanceof TabPane tabs) {
                tabs.getTabs().forEach(tab -> texts.add(tab.getText()));
            }
        }
        texts.removeIf(t -> t == null || t.isBlank());
        return texts;
    }

    /** The labels whose text is drawn shorter than it is (ellipsised), and the prompts wider than their field. */
    private static List<String> cutOff(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (node instanceof Labeled labeled && shown(node) && labeled.getText() != null
                    && !labeled.getText().isEmpty()) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    // The label's own text node, not an icon (an icon font's glyph is a Text too).
                    if (child instanceof Text drawn && !(child instanceof FontIcon)
                            && !drawn.getText().equals(labeled.getText())) {
                        cut.add(labeled.getText() + " drawn as " + drawn.getText());
                    }
                }
            }
        }
        for (Node node : root.lookupAll(".text-field")) {
            if (node instanceof TextField field && shown(node) && field.getText().isEmpty()
                    && field.getPromptText() != null && !field.getPromptText().isEmpty()) {
                Text prompt = new Text(field.getPromptText());
                prompt.setFont(field.getFont());
                double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
                if (prompt.getLayoutBounds().getWidth() > room) {
                    cut.add(field.getPromptText() + " (prompt) wider than its field");
                }
            }
        }
        return cut;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The texts that are a bundle key, an English text the language writes otherwise, or start with the fixed words
     * of such an English pattern.
     */
    private static List<String> englishLeft(List<String> shown, Locale locale) throws IOException {
        Set<String> keys = new HashSet<>();
        Set<String> english = new HashSet<>();
        Set<String> englishStarts = new HashSet<>();
        for (String bundle : BUNDLES) {
            Properties base = load(bundle, "");
            Properties translated = PseudoLocale.is(locale) ? new Properties() : load(bundle,
                    "_" + locale.getLanguage());
            for (String key : base.stringPropertyNames()) {
                keys.add(key);
                String text = base.getProperty(key);
                if (text.equals(translated.getProperty(key))) {
                    continue;
                }
                int argument = text.indexOf('{');
                if (argument < 0) {
                    english.add(text);
                } else if (argument >= 8 && !translated.getProperty(key, "").startsWith(text.substring(0, argument))) {
                    englishStarts.add(text.substring(0, argument).replace("''", "'"));
                }
            }
        }
        return shown.stream().filter(t -> keys.contains(t) || english.contains(t)
                || englishStarts.stream().anyMatch(t::startsWith) || t.lines().anyMatch(english::contains)).toList();
    }

    private static Properties load(String bundle, String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DayScreensInEveryLanguageTest.class.getResourceAsStream("/" + bundle.replace('.', '/')
                + suffix + ".properties")) {
            p.load(in);
        }
        return p;
    }

    private Stage show(Parent view, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setScene(new Scene(view, width, height));
        stage.show();
        windows.add(stage);
        return stage;
    }

    private static OdooSessionServer sessions() {
        return OdooSessionServer.connecting(server.url(), new Credentials(server.database(), DemoServer.LOGIN,
                DemoServer.PASSWORD), Backends.DEMO_CONFIG_ID);
    }

    private static MoneyFormat money(Catalog catalog) {
        return new MoneyFormat(catalog.settings().currency());
    }

    private static Texts texts(Locale locale) {
        return Texts.of("till.app.texts", locale);
    }

    private Async async() {
        return new Async(io, Platform::runLater);
    }

    private static <T> T read(Callable<T> read) {
        try {
            return fx(read);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
